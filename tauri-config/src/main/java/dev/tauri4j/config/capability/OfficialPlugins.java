package dev.tauri4j.config.capability;

import java.util.Set;

/** Tauri's official plugins, whose tauri4j ports will be {@code dev.tauri4j.plugins:<name>} artifacts. */
public final class OfficialPlugins {

    /** The group id of tauri4j's ports of Tauri's official plugins. */
    public static final String GROUP_ID = "dev.tauri4j.plugins";

    private static final Set<String> NAMES = Set.of("dialog", "fs", "opener", "shell", "process", "os", "log", "store",
            "http", "notification", "clipboard-manager", "deep-link", "single-instance", "window-state",
            "global-shortcut", "autostart", "updater");

    private OfficialPlugins() {}

    /** Whether {@code plugin} is one of Tauri's official plugins. */
    public static boolean isOfficial(String plugin) {
        return NAMES.contains(plugin);
    }

    /** The Maven coordinates that will provide {@code plugin}, e.g. {@code dev.tauri4j.plugins:dialog}. */
    public static String coordinates(String plugin) {
        return GROUP_ID + ":" + plugin;
    }

    /** For an error message: what provides an official plugin, and that it is not available yet. */
    public static String note(String plugin) {
        return "\"" + plugin + "\" is one of Tauri's official plugins; its tauri4j port will be the Maven artifact "
                + coordinates(plugin) + ", which is not available yet";
    }
}
