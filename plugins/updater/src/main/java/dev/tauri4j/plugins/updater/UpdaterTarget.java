package dev.tauri4j.plugins.updater;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names Tauri's updater uses for this machine: {@code {{target}}} is the OS ({@code linux}) unless the call
 * gives one, {@code {{arch}}} is Rust's ({@code x86_64}, {@code aarch64}, {@code i686}, {@code armv7}), and a static
 * manifest is searched for {@code linux-x86_64-<installer>} then {@code linux-x86_64}, or the custom target alone.
 *
 * @param os        Tauri's OS name
 * @param arch      Tauri's architecture name
 * @param installer the bundle type the app was installed from ({@code deb}, {@code rpm}, {@code appimage}), or null
 */
public record UpdaterTarget(String os, String arch, String installer) {

    /** This JVM's OS and architecture; {@code installer} as for the record. */
    public static UpdaterTarget current(String installer) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String tauriOs = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("windows") ? "windows" : null;
        if (tauriOs == null) throw new UpdaterException("Unsupported OS, expected one of `linux`, `darwin` or `windows`.");
        return new UpdaterTarget(tauriOs, arch(System.getProperty("os.arch", "")), installer);
    }

    /** Java's {@code os.arch} in Rust's spelling, as Tauri's updater names it. */
    static String arch(String javaArch) {
        return switch (javaArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i486", "i586", "i686" -> "i686";
            case "arm", "armv7", "armv7l" -> "armv7";
            case "riscv64" -> "riscv64";
            default -> throw new UpdaterException("Unsupported application architecture, expected one of `x86`, `x86_64`,"
                    + " `arm` or `aarch64`; this JVM runs on " + javaArch);
        };
    }

    /** The {@code platforms} keys to try, in Tauri's order. */
    List<String> manifestKeys(String customTarget) {
        if (customTarget != null) return List.of(customTarget);
        List<String> keys = new ArrayList<>();
        if (installer != null) keys.add(os + "-" + arch + "-" + installer);
        keys.add(os + "-" + arch);
        return keys;
    }

    /** The endpoint with Tauri's variables replaced; the version's {@code +} is percent-encoded, as Tauri does. */
    URI endpoint(String template, String currentVersion, String customTarget) {
        String target = customTarget != null ? customTarget : os;
        String version = currentVersion.replace("+", "%2B");
        String url = template
                .replace("{{current_version}}", version)
                .replace("{{target}}", target)
                .replace("{{arch}}", arch)
                .replace("{{bundle_type}}", installer == null ? "unknown" : installer);
        try {
            return new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new UpdaterException("the update endpoint " + url + " is not a valid URL: " + e.getReason());
        }
    }
}
