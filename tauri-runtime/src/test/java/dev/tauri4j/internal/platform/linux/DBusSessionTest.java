package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.SessionBus.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GDBus through FFM against a real, private dbus-daemon: calls, errors, signals and an exported object. */
class DBusSessionTest {

    private static Process daemon;
    private static Thread loop;
    private static final AtomicBoolean running = new AtomicBoolean(true);
    private static DBusSession bus;

    @BeforeAll
    static void startBus() throws Exception {
        daemon = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address").start();
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8)).readLine();
        bus = DBusSession.connect(address.trim());
        // no GTK here: this thread runs GLib's default main context, where signals and method calls are dispatched
        loop = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                try {
                    int ignored = (int) GDBus.g_main_context_iteration.h().invokeExact(MemorySegment.NULL, 0);
                    Thread.sleep(5);
                } catch (Throwable t) {
                    return;
                }
            }
        });
    }

    @AfterAll
    static void stopBus() throws Exception {
        running.set(false);
        loop.join(2000);
        daemon.destroy();
        daemon.waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void callsTheBusAndReadsTheReply() throws IOException {
        List<Object> names = bus.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                "ListNames", "()");
        assertThat((List<Object>) names.get(0)).contains((Object) "org.freedesktop.DBus", (Object) bus.uniqueName());
        List<Object> owned = bus.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                "RequestName", "(su)", "dev.tauri4j.Test", 4L);
        assertThat(owned).containsExactly(1L); // DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
    }

    @Test
    void anErrorReplyIsAnIOExceptionWithTheDBusErrorName() {
        assertThatThrownBy(() -> bus.call("org.example.Nobody", "/", "org.example.Nobody", "Hello", "()"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("org.freedesktop.DBus.Error.ServiceUnknown")
                .hasMessageContaining("org.example.Nobody.Hello");
    }

    @Test
    void exportsAnObjectWhoseMethodsPropertiesAndSignalsWork() throws Exception {
        String xml = """
                <node><interface name="dev.tauri4j.Echo">
                  <method name="Echo"><arg type="s" direction="in"/><arg type="a{sv}" direction="in"/>
                    <arg type="s" direction="out"/><arg type="u" direction="out"/></method>
                  <property name="Title" type="s" access="read"/>
                  <signal name="Changed"><arg type="s"/></signal>
                </interface></node>""";
        List<Object> seen = new CopyOnWriteArrayList<>();
        int id = bus.export("/dev/tauri4j/Echo", xml, "dev.tauri4j.Echo", new DBusObject() {
            @Override public Reply call(String method, List<Object> args) throws Failure {
                seen.add(args);
                if (!method.equals("Echo")) throw new Failure("org.freedesktop.DBus.Error.UnknownMethod", method);
                return new Reply("(su)", "echo:" + args.get(0), 7L);
            }
            @Override public Variant property(String name) {
                return name.equals("Title") ? new Variant("s", "the title") : null;
            }
        });
        List<Object> reply = bus.call(bus.uniqueName(), "/dev/tauri4j/Echo", "dev.tauri4j.Echo", "Echo", "(sa{sv})",
                "héllo 'x'", Map.of("n", 3));
        assertThat(reply).containsExactly("echo:héllo 'x'", 7L);
        assertThat(seen).containsExactly(List.of("héllo 'x'", Map.of("n", 3)));

        List<Object> title = bus.call(bus.uniqueName(), "/dev/tauri4j/Echo", "org.freedesktop.DBus.Properties", "Get",
                "(ss)", "dev.tauri4j.Echo", "Title");
        assertThat(title).containsExactly("the title");

        List<List<Object>> signals = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = bus.subscribe(null, "dev.tauri4j.Echo", "Changed", "/dev/tauri4j/Echo", signals::add)) {
            bus.emit("/dev/tauri4j/Echo", "dev.tauri4j.Echo", "Changed", "(s)", "now");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (signals.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
        }
        assertThat(signals).containsExactly(List.of("now"));
        bus.unexport(id);
        assertThatThrownBy(() -> bus.call(bus.uniqueName(), "/dev/tauri4j/Echo", "dev.tauri4j.Echo", "Echo", "(sa{sv})",
                "x", Map.of())).hasMessageContaining("UnknownMethod");
    }
}
