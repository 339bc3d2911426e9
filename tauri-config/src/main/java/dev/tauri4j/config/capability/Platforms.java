package dev.tauri4j.config.capability;

import java.util.List;
import java.util.Locale;

/** The platform names of Tauri's capability {@code platforms} key. */
public final class Platforms {

    /** Every name Tauri accepts, spelled as Tauri spells them. */
    public static final List<String> ALL = List.of("linux", "macOS", "windows", "iOS", "android");

    private Platforms() {}

    /** The name of the platform this JVM runs on. */
    public static String current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return "macOS";
        if (os.contains("win")) return "windows";
        return "linux";
    }
}
