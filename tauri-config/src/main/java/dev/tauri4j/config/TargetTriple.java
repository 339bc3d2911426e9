package dev.tauri4j.config;

import java.util.Locale;

/**
 * The Rust target triple of this machine ({@code x86_64-unknown-linux-gnu}, {@code aarch64-apple-darwin}, ...), the
 * one place tauri4j computes it: Tauri names each {@code bundle.externalBin} binary with it, and the bundler and the
 * runtime's dev-mode sidecar lookup must agree. {@code -Dtauri.targetTriple} overrides it (a machine Java reports
 * oddly, or a musl system, which Java cannot tell from glibc).
 */
public final class TargetTriple {

    /** The system property that overrides the computed triple. */
    public static final String PROPERTY = "tauri.targetTriple";

    private TargetTriple() {
    }

    /** This machine's triple, or {@code -Dtauri.targetTriple} when set. */
    public static String current() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) return explicit.strip();
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /**
     * The triple rustc gives a host with Java's {@code os.name} and {@code os.arch}.
     *
     * @throws ConfigException when the pair is not one Tauri builds for
     */
    public static String of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i486", "i586", "i686" -> "i686";
            case "arm" -> "armv7";
            case "riscv64" -> "riscv64gc";
            default -> throw unknown(osName, osArch);
        };
        if (os.startsWith("linux")) return arch + "-unknown-linux-" + (arch.equals("armv7") ? "gnueabihf" : "gnu");
        if (os.startsWith("mac") || os.startsWith("darwin")) return arch + "-apple-darwin";
        if (os.startsWith("windows")) return arch + "-pc-windows-msvc";
        throw unknown(osName, osArch);
    }

    /** Whether binaries of {@code triple} carry Windows' {@code .exe}. */
    public static boolean isWindows(String triple) {
        return triple.contains("windows");
    }

    private static ConfigException unknown(String osName, String osArch) {
        return new ConfigException("tauri.conf.json", "bundle.externalBin", "no Rust target triple is known for os.name \""
                + osName + "\", os.arch \"" + osArch + "\". Fix: pass -D" + PROPERTY
                + "=<the triple `rustc -vV` prints as host> (it names the bundle.externalBin files)");
    }
}
