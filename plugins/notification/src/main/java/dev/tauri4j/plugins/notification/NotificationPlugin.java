package dev.tauri4j.plugins.notification;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Tauri's notification plugin ({@code @tauri-apps/plugin-notification} 2.5.0) on the desktop: {@code notify},
 * {@code is_permission_granted} and {@code request_permission} (granted, as Tauri's desktop answers), and the init
 * script that makes {@code window.Notification} send {@code notify}, which the npm package's
 * {@code sendNotification} uses. The other commands of its permission list are mobile-only in Tauri and are not
 * registered here either. {@link Notifications} is the Java API.
 */
public final class NotificationPlugin implements Plugin {

    private static final String INIT_SCRIPT = "notification.js";

    @Override
    public String name() {
        return "notification";
    }

    @Override
    public void setup(PluginContext context) {
        Notifications notifications = Notifications.of(context.app());
        context.manage(notifications);
        context.commands()
                .command("notify", (Notification options) -> {
                    notifications.show(options == null ? new Notification(null, null, null) : options);
                    return null;
                })
                .command("is_permission_granted", () -> notifications.permissionGranted())
                .command("request_permission", () -> notifications.permissionGranted() ? "granted" : "denied");
        context.initScript(initScript());
    }

    static String initScript() {
        try (InputStream in = NotificationPlugin.class.getResourceAsStream(INIT_SCRIPT)) {
            if (in == null) throw new IllegalStateException(INIT_SCRIPT + " is missing from the notification plugin's jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
