package dev.tauri4j.plugins.os.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The distribution's version from {@code os-release(5)}, where {@code os_info} reads it too. */
public final class OsRelease {

    private static final List<Path> FILES = List.of(Path.of("/etc/os-release"), Path.of("/usr/lib/os-release"));

    private OsRelease() {}

    /** {@code VERSION_ID} of the first os-release file that exists, or null. */
    public static String versionId() {
        for (Path file : FILES) {
            try {
                return versionId(Files.readAllLines(file));
            } catch (IOException absent) {
                // the next candidate, as os-release(5) says
            }
        }
        return null;
    }

    /** {@code VERSION_ID} in os-release {@code lines} (shell-style, optionally quoted), or null. */
    public static String versionId(List<String> lines) {
        for (String line : lines) {
            if (!line.startsWith("VERSION_ID=")) continue;
            String v = line.substring("VERSION_ID=".length()).strip();
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                v = v.substring(1, v.length() - 1);
            }
            return v;
        }
        return null;
    }
}
