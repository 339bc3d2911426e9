package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.plugin.SessionBus;
import java.util.List;

/** An object this process exports on the session bus: its methods and its properties, answered on the UI thread. */
interface DBusObject {

    /** Answers a method call; a {@link Failure} becomes a D-Bus error reply. */
    Reply call(String method, List<Object> args) throws Failure;

    /** A property's value with its D-Bus type, or null when there is no such property. */
    SessionBus.Variant property(String name);

    /** A method's reply: its values typed by {@code signature} ({@code "()"} for none). */
    record Reply(String signature, Object... values) {
        static final Reply EMPTY = new Reply("()");
    }

    /** A D-Bus error reply, named like {@code org.freedesktop.DBus.Error.UnknownMethod}. */
    final class Failure extends Exception {
        private final String name;

        Failure(String name, String message) {
            super(message);
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
