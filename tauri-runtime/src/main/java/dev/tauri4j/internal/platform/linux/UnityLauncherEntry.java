package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.LauncherUpdate;
import dev.tauri4j.plugin.SessionBus.Variant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress and a count on the app's dock icon through the {@code com.canonical.Unity.LauncherEntry.Update} signal,
 * which libunity sends for Tauri and which Ubuntu's dock, Dash to Dock, KDE Plasma and Plank hear. The signal names the
 * app by its desktop entry, {@code application://<name>.desktop}, as the bundle installs it; only the properties that
 * change are sent, as docks keep the others.
 */
final class UnityLauncherEntry {

    static final String INTERFACE = "com.canonical.Unity.LauncherEntry";

    private UnityLauncherEntry() {}

    static void update(String appName, LauncherUpdate u) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (u.progress() != null) properties.put("progress", new Variant("d", u.progress()));
        if (u.progressVisible() != null) properties.put("progress-visible", new Variant("b", u.progressVisible()));
        if (u.count() != null) properties.put("count", new Variant("x", u.count()));
        if (u.countVisible() != null) properties.put("count-visible", new Variant("b", u.countVisible()));
        if (properties.isEmpty()) return;
        DBusSession.get().emit(path(appName), INTERFACE, "Update", "(sa{sv})", appUri(appName), properties);
    }

    static String appUri(String appName) {
        return "application://" + appName + ".desktop";
    }

    /** An object path of the app's own: libunity's prefix and the name with what a path element cannot hold as '_'. */
    static String path(String appName) {
        return "/com/canonical/unity/launcherentry/" + appName.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
