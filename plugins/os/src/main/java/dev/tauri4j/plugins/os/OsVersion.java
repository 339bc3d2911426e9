package dev.tauri4j.plugins.os;

import dev.tauri4j.plugins.os.linux.OsRelease;

/** The OS version as Tauri's {@code os_info} crate prints it, from the per-OS source. */
final class OsVersion {

    private OsVersion() {}

    /** The version of the running OS whose Rust platform name is {@code platform}; {@code Unknown} if unreadable. */
    static String of(String platform) {
        String raw = platform.equals("linux") ? OsRelease.versionId() : System.getProperty("os.version");
        return format(raw);
    }

    /**
     * {@code os_info}'s text for a version string: {@code major.minor.patch} when it is exactly three numbers (so
     * {@code 1.02.3} prints {@code 1.2.3}), the text itself otherwise ({@code 24.04}, {@code 12}), {@code Unknown}
     * when there is none.
     */
    static String format(String raw) {
        if (raw == null || raw.isBlank()) return "Unknown";
        String v = raw.strip();
        String[] parts = v.split("\\.", -1);
        if (parts.length == 3) {
            try {
                return Long.parseLong(parts[0]) + "." + Long.parseLong(parts[1]) + "." + Long.parseLong(parts[2]);
            } catch (NumberFormatException notSemantic) {
                return v;
            }
        }
        return v;
    }
}
