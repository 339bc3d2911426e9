package dev.tauri4j.plugins.log.linux;

import java.nio.file.Path;
import java.util.Map;

/** The app's log directory on Linux, as Tauri's {@code app_log_dir()} and tauri4j's {@code appLogDir()} place it. */
public final class AppLogDir {

    private AppLogDir() {}

    /** {@code $XDG_DATA_HOME/<identifier>/logs}, {@code ~/.local/share/<identifier>/logs} without the variable. */
    public static Path of(String identifier, Map<String, String> env) {
        String data = env.get("XDG_DATA_HOME");
        Path base = data != null && Path.of(data).isAbsolute() ? Path.of(data)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve(identifier).resolve("logs");
    }
}
