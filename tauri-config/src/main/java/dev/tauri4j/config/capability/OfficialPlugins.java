package dev.tauri4j.config.capability;

import java.util.Map;
import java.util.Set;

/** Tauri's official plugins, whose tauri4j ports are (or will be) {@code dev.tauri4j.plugins:<name>} artifacts. */
public final class OfficialPlugins {

    /** The group id of tauri4j's ports of Tauri's official plugins. */
    public static final String GROUP_ID = "dev.tauri4j.plugins";

    private static final Set<String> NAMES = Set.of("dialog", "fs", "opener", "shell", "process", "os", "log", "store",
            "http", "notification", "clipboard-manager", "deep-link", "single-instance", "window-state",
            "global-shortcut", "autostart", "updater");

    /** The ports that exist, by name: their plugin classes. */
    private static final Map<String, String> AVAILABLE = Map.ofEntries(
            Map.entry("os", "dev.tauri4j.plugins.os.OsPlugin"),
            Map.entry("process", "dev.tauri4j.plugins.process.ProcessPlugin"),
            Map.entry("log", "dev.tauri4j.plugins.log.LogPlugin"),
            Map.entry("opener", "dev.tauri4j.plugins.opener.OpenerPlugin"),
            Map.entry("dialog", "dev.tauri4j.plugins.dialog.DialogPlugin"),
            Map.entry("http", "dev.tauri4j.plugins.http.HttpPlugin"),
            Map.entry("store", "dev.tauri4j.plugins.store.StorePlugin"),
            Map.entry("fs", "dev.tauri4j.plugins.fs.FsPlugin"),
            Map.entry("shell", "dev.tauri4j.plugins.shell.ShellPlugin"),
            Map.entry("notification", "dev.tauri4j.plugins.notification.NotificationPlugin"),

            Map.entry("clipboard-manager", "dev.tauri4j.plugins.clipboard.ClipboardManagerPlugin"),
            Map.entry("autostart", "dev.tauri4j.plugins.autostart.AutostartPlugin"),
            Map.entry("single-instance", "dev.tauri4j.plugins.singleinstance.SingleInstancePlugin"),
            Map.entry("deep-link", "dev.tauri4j.plugins.deeplink.DeepLinkPlugin"),
            Map.entry("window-state", "dev.tauri4j.plugins.windowstate.WindowStatePlugin"),
            Map.entry("global-shortcut", "dev.tauri4j.plugins.globalshortcut.GlobalShortcutPlugin"));

    private OfficialPlugins() {}

    /** Whether {@code plugin} is one of Tauri's official plugins. */
    public static boolean isOfficial(String plugin) {
        return NAMES.contains(plugin);
    }

    /** Whether tauri4j's port of the official {@code plugin} exists. */
    public static boolean isAvailable(String plugin) {
        return AVAILABLE.containsKey(plugin);
    }

    /** The plugin class of tauri4j's port of {@code plugin} ({@code dev.tauri4j.plugins.fs.FsPlugin}), if it exists. */
    public static java.util.Optional<String> pluginClass(String plugin) {
        return java.util.Optional.ofNullable(AVAILABLE.get(plugin));
    }

    /** The Maven coordinates that provide (or will provide) {@code plugin}, e.g. {@code dev.tauri4j.plugins:dialog}. */
    public static String coordinates(String plugin) {
        return GROUP_ID + ":" + plugin;
    }

    /** For an error message: what provides an official plugin, and whether it is available yet. */
    public static String note(String plugin) {
        if (isAvailable(plugin)) {
            return "\"" + plugin + "\" is one of Tauri's official plugins; its tauri4j port is the Maven artifact "
                    + coordinates(plugin) + ", whose plugin is new " + AVAILABLE.get(plugin) + "()";
        }
        return "\"" + plugin + "\" is one of Tauri's official plugins; its tauri4j port will be the Maven artifact "
                + coordinates(plugin) + ", which is not available yet";
    }
}
