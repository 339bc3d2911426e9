package dev.tauri4j.plugins.autostart;

import dev.tauri4j.App;
import java.io.IOException;

/**
 * The autostart plugin's Java API, what the npm package does: {@code Autostart.of(app).enable()}, or an
 * {@code Autostart} command parameter (the plugin manages it).
 */
public final class Autostart {

    private final AutostartEntry entry;

    Autostart(AutostartEntry entry) {
        this.entry = entry;
    }

    /** The autostart of an app that added {@code new AutostartPlugin(...)}. */
    public static Autostart of(App app) {
        return app.state(Autostart.class).orElseThrow(() -> new IllegalStateException(
                "this app has no autostart plugin. Fix: Tauri.builder().plugin(new AutostartPlugin())"));
    }

    /** Starts the app at each login from now on. */
    public void enable() throws IOException {
        entry.enable();
    }

    /** No longer starts the app at login. */
    public void disable() throws IOException {
        entry.disable();
    }

    /** Whether the app starts at login. */
    public boolean isEnabled() throws IOException {
        return entry.isEnabled();
    }
}
