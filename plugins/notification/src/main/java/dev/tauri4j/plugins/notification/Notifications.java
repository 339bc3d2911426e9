package dev.tauri4j.plugins.notification;

import dev.tauri4j.App;
import dev.tauri4j.plugins.notification.linux.FreedesktopNotifications;
import java.io.IOException;

/**
 * The Java API: {@code Notifications.of(app).show(Notification.of("Saved", "report.pdf"))}. Shows notifications
 * through the desktop's notification server; on Linux, {@code org.freedesktop.Notifications} on the session bus.
 */
public final class Notifications {

    private final FreedesktopNotifications server;
    private final String appName;

    private Notifications(FreedesktopNotifications server, String appName) {
        this.server = server;
        this.appName = appName;
    }

    /** The notifications of {@code app}, named after its product name (its identifier when it has none). */
    public static Notifications of(App app) {
        String name = app.config().productName();
        if (name == null || name.isBlank()) name = app.config().identifier();
        return new Notifications(new FreedesktopNotifications(app::sessionBus), name == null ? "" : name);
    }

    /**
     * Shows {@code notification} and returns the server's id for it. A notification without a title takes the app's
     * name as its title, as Tauri does. No session bus or no notification server is an {@link IOException} that
     * says so.
     */
    public long show(Notification notification) throws IOException {
        String title = notification.title() == null ? appName : notification.title();
        return server.notify(appName, title, notification.body(), notification.icon());
    }

    /** Whether notifications may be shown: always on Linux, as in Tauri's desktop plugin. */
    public boolean permissionGranted() {
        return true;
    }
}
