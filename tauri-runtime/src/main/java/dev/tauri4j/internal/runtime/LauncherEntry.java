package dev.tauri4j.internal.runtime;

import dev.tauri4j.ProgressBarStatus;
import dev.tauri4j.config.PackageName;
import dev.tauri4j.internal.platform.LauncherUpdate;
import java.io.IOException;

/**
 * The app's dock or taskbar entry: its progress bar and badge, app-wide as Tauri has them on Linux. The entry is
 * named by the package name, so a bundled app (whose desktop entry carries that name) is the one the dock updates.
 */
final class LauncherEntry {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j");

    private LauncherEntry() {}

    /** Tauri's set_progress_bar: a status other than none shows the bar; progress is 0 to 100 (more is 100). */
    static void progress(AppRuntime app, ProgressBarStatus status, Integer progress) {
        Double fill = progress == null ? null : Math.clamp(progress, 0, 100) / 100.0;
        Boolean visible = status == null ? null : status != ProgressBarStatus.NONE;
        update(app, new LauncherUpdate(fill, visible, null, null));
    }

    /** Tauri's set_badge_count: 0 or null removes the badge. */
    static void badge(AppRuntime app, Long count) {
        boolean visible = count != null && count != 0;
        update(app, new LauncherUpdate(null, null, visible ? count : 0L, visible));
    }

    private static void update(AppRuntime app, LauncherUpdate update) {
        String name = PackageName.of(app.config());
        if (name == null) {
            throw new IllegalArgumentException("the app has no package name for its desktop entry. Fix: give "
                    + "tauri.conf.json a productName with at least two letters or digits");
        }
        try {
            app.platform().updateLauncher(name, update);
        } catch (IOException e) {
            // Tauri does nothing where no dock listens; a session without a bus is the same for the user
            LOG.log(System.Logger.Level.WARNING, "the dock entry was not updated: " + e.getMessage());
        }
    }
}
