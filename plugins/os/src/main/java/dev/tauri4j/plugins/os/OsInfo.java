package dev.tauri4j.plugins.os;

import java.util.Locale;

/**
 * What {@code @tauri-apps/plugin-os} reads synchronously from {@code window.__TAURI_OS_PLUGIN_INTERNALS__}, with
 * the values Tauri's Rust plugin gives (Rust's {@code std::env::consts} names: {@code linux}/{@code unix}/
 * {@code x86_64}, and {@code os_info}'s version text).
 */
public record OsInfo(String eol, String osType, String platform, String family, String version, String arch,
                     String exeExtension) {

    /** This machine's answers. */
    public static OsInfo current() {
        String platform = platform(System.getProperty("os.name", ""));
        return of(platform, arch(System.getProperty("os.arch", "")), OsVersion.of(platform));
    }

    /** The answers for a Rust-style {@code platform} name, {@code arch} and OS {@code version}. */
    static OsInfo of(String platform, String arch, String version) {
        boolean windows = platform.equals("windows");
        return new OsInfo(windows ? "\r\n" : "\n", osType(platform), platform, windows ? "windows" : "unix", version,
                arch, windows ? "exe" : "");
    }

    /** Rust's {@code std::env::consts::OS} for a JDK {@code os.name}. */
    static String platform(String osName) {
        String n = osName.toLowerCase(Locale.ROOT);
        if (n.startsWith("windows")) return "windows";
        if (n.startsWith("mac") || n.startsWith("darwin")) return "macos";
        if (n.startsWith("sunos")) return "solaris";
        return n.replace(" ", ""); // linux, freebsd, netbsd, openbsd, dragonfly
    }

    /** Rust's {@code std::env::consts::ARCH} for a JDK {@code os.arch}. */
    static String arch(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            case "aarch64", "arm64" -> "aarch64";
            case "ppc64", "ppc64le" -> "powerpc64";
            case "ppc" -> "powerpc";
            case "sparcv9" -> "sparc64";
            case String other -> other; // arm, riscv64, s390x, mips64, loongarch64 are the same in both
        };
    }

    /** Tauri's {@code OsType}: every BSD and Linux is {@code linux} there. */
    private static String osType(String platform) {
        return switch (platform) {
            case "windows", "macos", "ios", "android" -> platform;
            default -> "linux";
        };
    }
}
