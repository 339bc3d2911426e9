package dev.tauri4j.plugins.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.SessionBus;
import dev.tauri4j.plugins.notification.linux.FreedesktopNotifications;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    /** A bus that writes down the calls and answers {@code reply}, or fails with {@code error}. */
    private static final class RecordingBus implements SessionBus {
        final List<List<Object>> calls = new ArrayList<>();
        IOException error;

        @Override
        public List<Object> call(String destination, String path, String iface, String method, String signature, Object... args)
                throws IOException {
            calls.add(List.of(destination, path, iface, method, signature, List.of(args)));
            if (error != null) throw error;
            return List.of(42L);
        }

        @Override
        public AutoCloseable subscribe(String sender, String iface, String member, String path, Consumer<List<Object>> handler) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void notifySendsTheSpecificationsArgumentsInOrder() throws IOException {
        RecordingBus bus = new RecordingBus();
        long id = new FreedesktopNotifications(() -> bus).notify("My App", "Saved", "report.pdf", "/icons/app.png");
        assertThat(id).isEqualTo(42L);
        assertThat(bus.calls).containsExactly(List.of("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications", "Notify", "(susssasa{sv}i)",
                List.of("My App", 0L, "/icons/app.png", "Saved", "report.pdf", List.of(), Map.of(), -1)));
    }

    @Test
    void absentFieldsAreEmptyStrings() throws IOException {
        RecordingBus bus = new RecordingBus();
        new FreedesktopNotifications(() -> bus).notify("a", null, null, null);
        assertThat(bus.calls.getFirst().get(5)).isEqualTo(List.of("a", 0L, "", "", "", List.of(), Map.of(), -1));
    }

    @Test
    void noServerOnTheBusIsAnErrorThatSaysSo() {
        RecordingBus bus = new RecordingBus();
        bus.error = new IOException("org.freedesktop.Notifications.Notify on org.freedesktop.Notifications: "
                + "GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable");
        assertThatThrownBy(() -> new FreedesktopNotifications(() -> bus).notify("a", "t", null, null))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no notification server is running")
                .hasMessageContaining("Fix:");
        bus.error = new IOException("GDBus.Error:org.freedesktop.DBus.Error.AccessDenied: no");
        assertThatThrownBy(() -> new FreedesktopNotifications(() -> bus).notify("a", "t", null, null))
                .hasMessage("GDBus.Error:org.freedesktop.DBus.Error.AccessDenied: no");
    }

    @Test
    void theInitScriptDefinesNotificationAndSendsNotify() {
        String script = NotificationPlugin.initScript();
        assertThat(script).contains("window.Notification = Notification", "'plugin:notification|notify'",
                "'plugin:notification|request_permission'", "'plugin:notification|is_permission_granted'");
    }
}
