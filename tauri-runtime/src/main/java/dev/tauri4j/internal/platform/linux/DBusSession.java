package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.GDBus.*;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.plugin.SessionBus;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The session bus through GDBus: one shared connection per process (GDBus runs its I/O on its own thread), sync
 * calls from any thread, and signals and exported objects dispatched on GLib's default main context, which the GTK
 * loop runs (the UI thread).
 */
public final class DBusSession implements SessionBus {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.dbus");
    private static final AtomicLong IDS = new AtomicLong(1);
    private static final Map<Long, Consumer<List<Object>>> SIGNALS = new ConcurrentHashMap<>();
    private static final Map<Long, DBusObject> OBJECTS = new ConcurrentHashMap<>();
    private static volatile DBusSession instance;

    private final MemorySegment connection;

    private DBusSession(MemorySegment connection) {
        this.connection = connection;
    }

    /** The process's connection, made on first use; no session bus is an error that says what is missing. */
    public static DBusSession get() throws IOException {
        DBusSession s = instance;
        if (s != null) return s;
        synchronized (DBusSession.class) {
            if (instance == null) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment error = arena.allocate(PTR);
                    MemorySegment c = (MemorySegment) g_bus_get_sync.h().invokeExact(G_BUS_TYPE_SESSION, NULL, error);
                    if (c.equals(NULL)) {
                        throw new IOException("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS="
                                + System.getenv("DBUS_SESSION_BUS_ADDRESS") + "): " + takeError(error)
                                + ". Run inside a desktop session, or start one: eval $(dbus-launch --sh-syntax)");
                    }
                    instance = new DBusSession(c);
                } catch (IOException | RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
            return instance;
        }
    }

    /**
     * A connection of its own to the session bus, with its own unique name: what goes away with it when it closes
     * (a tray icon: the watcher drops an item when its name leaves the bus).
     */
    public static DBusSession openPrivate() throws IOException {
        get(); // the same error as everywhere when there is no session bus
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(PTR);
            MemorySegment address = (MemorySegment) g_dbus_address_get_for_bus_sync.h().invokeExact(G_BUS_TYPE_SESSION, NULL, error);
            if (address.equals(NULL)) throw new IOException("no D-Bus session bus address: " + takeError(error));
            String text = Native.string(address);
            GLib.g_free.h().invokeExact(address);
            return connect(text);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Closes a connection from {@link #openPrivate}: its name and objects leave the bus. */
    public void close() {
        if (this == instance) throw new IllegalStateException("the shared session bus connection stays open");
        try {
            int ignored = (int) g_dbus_connection_close_sync.h().invokeExact(connection, NULL, NULL);
            GLib.g_object_unref.h().invokeExact(connection);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A connection of its own to the bus at {@code address} (tests run a private dbus-daemon). */
    static DBusSession connect(String address) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(PTR);
            MemorySegment c = (MemorySegment) g_dbus_connection_new_for_address_sync.h().invokeExact(
                    arena.allocateFrom(address), G_DBUS_CONNECTION_FLAGS_CLIENT_ON_BUS, NULL, NULL, error);
            if (c.equals(NULL)) throw new IOException("cannot connect to D-Bus at " + address + ": " + takeError(error));
            return new DBusSession(c);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** This connection's unique bus name ({@code :1.42}). */
    public String uniqueName() {
        try {
            return Native.string((MemorySegment) g_dbus_connection_get_unique_name.h().invokeExact(connection));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public List<Object> call(String destination, String path, String iface, String method, String signature,
            Object... args) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = parse(arena, signature, args);
            MemorySegment error = arena.allocate(PTR);
            MemorySegment reply = (MemorySegment) g_dbus_connection_call_sync.h().invokeExact(connection,
                    arena.allocateFrom(destination), arena.allocateFrom(path), arena.allocateFrom(iface),
                    arena.allocateFrom(method), params, NULL, G_DBUS_CALL_FLAGS_NONE, CALL_TIMEOUT_MS, NULL, error);
            unref(params);
            if (reply.equals(NULL)) throw new IOException(iface + "." + method + " on " + destination + ": " + takeError(error));
            try {
                return GVariantValues.tuple(reply);
            } finally {
                unref(reply);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public AutoCloseable subscribe(String sender, String iface, String member, String path,
            Consumer<List<Object>> handler) {
        long key = IDS.getAndIncrement();
        SIGNALS.put(key, handler);
        int id;
        try (Arena arena = Arena.ofConfined()) {
            id = (int) g_dbus_connection_signal_subscribe.h().invokeExact(connection, str(arena, sender),
                    str(arena, iface), str(arena, member), str(arena, path), NULL, 0, Stubs.SIGNAL,
                    MemorySegment.ofAddress(key), NULL);
        } catch (RuntimeException | Error e) {
            SIGNALS.remove(key);
            throw e;
        } catch (Throwable t) {
            SIGNALS.remove(key);
            throw new IllegalStateException(t);
        }
        return () -> {
            SIGNALS.remove(key);
            try {
                g_dbus_connection_signal_unsubscribe.h().invokeExact(connection, id);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    /**
     * Exports {@code object} at {@code path} with the one interface {@code introspectionXml} describes; the returned
     * id unregisters it. Its methods and property reads run on the UI thread.
     */
    public int export(String path, String introspectionXml, String iface, DBusObject object) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(PTR);
            MemorySegment node = (MemorySegment) g_dbus_node_info_new_for_xml.h().invokeExact(
                    arena.allocateFrom(introspectionXml), error);
            if (node.equals(NULL)) throw new IllegalArgumentException("bad introspection XML: " + takeError(error));
            MemorySegment info = (MemorySegment) g_dbus_node_info_lookup_interface.h().invokeExact(node, arena.allocateFrom(iface));
            if (info.equals(NULL)) throw new IllegalArgumentException("the introspection XML has no interface " + iface);
            long key = IDS.getAndIncrement();
            OBJECTS.put(key, object);
            int id = (int) g_dbus_connection_register_object.h().invokeExact(connection, arena.allocateFrom(path), info,
                    Stubs.VTABLE, MemorySegment.ofAddress(key), NULL, error);
            if (id == 0) {
                OBJECTS.remove(key);
                throw new IOException("cannot export " + path + " on the session bus: " + takeError(error));
            }
            return id; // the node info stays alive: GDBus keeps the interface info for the registration's life
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Removes an object exported with {@link #export}. */
    public void unexport(int registrationId) {
        try {
            int ignored = (int) g_dbus_connection_unregister_object.h().invokeExact(connection, registrationId);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Emits {@code iface.signal} from {@code path} to every listener; {@code signature} types the values. */
    public void emit(String path, String iface, String signal, String signature, Object... args) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = parse(arena, signature, args);
            MemorySegment error = arena.allocate(PTR);
            int ok = (int) g_dbus_connection_emit_signal.h().invokeExact(connection, NULL, arena.allocateFrom(path),
                    arena.allocateFrom(iface), arena.allocateFrom(signal), params, error);
            unref(params);
            if (ok == 0) throw new IOException("cannot emit " + iface + "." + signal + ": " + takeError(error));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A GVariant (a new reference, or NULL for the empty tuple) of {@code args} typed by {@code signature}. */
    static MemorySegment parse(Arena arena, String signature, Object... args) throws Throwable {
        if (signature.equals("()") && args.length == 0) return NULL;
        return parseValue(arena, signature, GVariantText.encode(signature, args));
    }

    static MemorySegment parseValue(Arena arena, String signature, String text) throws Throwable {
        MemorySegment type = (MemorySegment) g_variant_type_new.h().invokeExact(arena.allocateFrom(signature));
        MemorySegment error = arena.allocate(PTR);
        MemorySegment v = (MemorySegment) g_variant_parse.h().invokeExact(type, arena.allocateFrom(text), NULL, NULL, error);
        g_variant_type_free.h().invokeExact(type);
        if (v.equals(NULL)) throw new IllegalArgumentException("GVariant text for " + signature + " rejected: " + takeError(error));
        return v;
    }

    static void unref(MemorySegment v) throws Throwable {
        if (!v.equals(NULL)) g_variant_unref.h().invokeExact(v);
    }

    private static MemorySegment str(Arena arena, String s) {
        return s == null ? NULL : arena.allocateFrom(s);
    }

    /** A GError's message, freeing it. */
    static String takeError(MemorySegment errorSlot) throws Throwable {
        MemorySegment error = errorSlot.get(ValueLayout.ADDRESS, 0);
        if (error.equals(NULL)) return "unknown error";
        String message = Native.string(error.reinterpret(16).get(ValueLayout.ADDRESS, 8));
        GLib.g_error_free.h().invokeExact(error);
        return message;
    }

    /** The C callbacks, made once. */
    static final class Stubs {
        static final MemorySegment SIGNAL = Native.upcall(Stubs.class, "onSignal", null, PTR, PTR, PTR, PTR, PTR, PTR, PTR);
        static final MemorySegment VTABLE = vtable();

        private static MemorySegment vtable() {
            // GDBusInterfaceVTable: method_call, get_property, set_property, then 8 padding pointers
            MemorySegment table = Arena.global().allocate(ValueLayout.ADDRESS, 11);
            table.setAtIndex(ValueLayout.ADDRESS, 0, Native.upcall(Stubs.class, "onMethod", null, PTR, PTR, PTR, PTR, PTR, PTR, PTR, PTR));
            table.setAtIndex(ValueLayout.ADDRESS, 1, Native.upcall(Stubs.class, "onGetProperty", PTR, PTR, PTR, PTR, PTR, PTR, PTR, PTR));
            return table;
        }

        static void onSignal(MemorySegment conn, MemorySegment sender, MemorySegment path, MemorySegment iface,
                MemorySegment signal, MemorySegment params, MemorySegment data) throws Throwable {
            Consumer<List<Object>> handler = SIGNALS.get(data.address());
            if (handler != null) handler.accept(GVariantValues.tuple(params));
        }

        static void onMethod(MemorySegment conn, MemorySegment sender, MemorySegment path, MemorySegment iface,
                MemorySegment method, MemorySegment params, MemorySegment invocation, MemorySegment data) throws Throwable {
            DBusObject object = OBJECTS.get(data.address());
            String name = Native.string(method);
            try (Arena arena = Arena.ofConfined()) {
                DBusObject.Reply reply;
                try {
                    if (object == null) throw new DBusObject.Failure("org.freedesktop.DBus.Error.UnknownObject", "gone");
                    reply = object.call(name, GVariantValues.tuple(params));
                } catch (DBusObject.Failure f) {
                    g_dbus_method_invocation_return_dbus_error.h().invokeExact(invocation, arena.allocateFrom(f.name()),
                            arena.allocateFrom(String.valueOf(f.getMessage())));
                    return;
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "D-Bus method " + name + " failed", e);
                    g_dbus_method_invocation_return_dbus_error.h().invokeExact(invocation,
                            arena.allocateFrom("org.freedesktop.DBus.Error.Failed"), arena.allocateFrom(String.valueOf(e.getMessage())));
                    return;
                }
                MemorySegment value = parse(arena, reply.signature(), reply.values());
                g_dbus_method_invocation_return_value.h().invokeExact(invocation, value);
                unref(value);
            }
        }

        static MemorySegment onGetProperty(MemorySegment conn, MemorySegment sender, MemorySegment path,
                MemorySegment iface, MemorySegment property, MemorySegment error, MemorySegment data) throws Throwable {
            DBusObject object = OBJECTS.get(data.address());
            if (object == null) return NULL;
            SessionBus.Variant value = object.property(Native.string(property));
            if (value == null) return NULL; // GDBus answers a generic error
            try (Arena arena = Arena.ofConfined()) {
                return parseValue(arena, value.signature(), GVariantText.encode(value.signature(), value.value()));
            }
        }
    }
}
