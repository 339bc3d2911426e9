package dev.tauri4j.plugins.notification.linux;

import dev.tauri4j.plugin.SessionBus;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The desktop notification specification's {@code org.freedesktop.Notifications.Notify}, which every Linux
 * notification server answers (GNOME Shell, KDE Plasma, dunst, mako, xfce4-notifyd).
 */
public final class FreedesktopNotifications {

    static final String NAME = "org.freedesktop.Notifications";
    static final String PATH = "/org/freedesktop/Notifications";
    /** app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout */
    static final String NOTIFY_SIGNATURE = "(susssasa{sv}i)";
    private static final int SERVER_DEFAULT_TIMEOUT = -1;

    /** The session bus, asked for on each call, so a bus that appears later is used. */
    public interface BusSource {
        SessionBus get() throws IOException;
    }

    private final BusSource bus;

    public FreedesktopNotifications(BusSource bus) {
        this.bus = bus;
    }

    /** Shows a notification; returns the id the server gave it. */
    public long notify(String appName, String title, String body, String icon) throws IOException {
        List<Object> reply;
        try {
            reply = bus.get().call(NAME, PATH, NAME, "Notify", NOTIFY_SIGNATURE, arguments(appName, title, body, icon));
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("ServiceUnknown") || message.contains("NameHasNoOwner")) {
                throw new IOException("no notification server is running on the session bus (nothing owns " + NAME
                        + "). Fix: run the desktop's notification daemon (GNOME, KDE and XFCE have one; e.g. dunst)", e);
            }
            throw e;
        }
        return (Long) reply.getFirst();
    }

    /** Notify's arguments, in order. */
    static Object[] arguments(String appName, String title, String body, String icon) {
        return new Object[] {appName, 0L, icon == null ? "" : icon, title == null ? "" : title, body == null ? "" : body,
                List.of(), Map.of(), SERVER_DEFAULT_TIMEOUT};
    }
}
