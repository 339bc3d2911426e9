package dev.tauri4j.plugin;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The user's D-Bus session bus (freedesktop desktop services: notifications, file managers, portals), from
 * {@link dev.tauri4j.App#sessionBus()}. Only on Linux; other platforms answer {@link IOException} on every call.
 *
 * <p>Arguments and results are plain Java values, typed by a D-Bus signature: {@code s o g} are {@link String},
 * {@code b} {@link Boolean}, {@code y n q i} {@link Integer}, {@code u x t} {@link Long}, {@code d} {@link Double},
 * {@code ay} {@code byte[]}, other arrays {@link List}, {@code a{..}} {@link java.util.Map}, structs {@link List};
 * a {@code v} takes a String, Boolean, Integer, Long, Double, byte[] or a {@link Variant} that names its type.
 */
public interface SessionBus {

    /**
     * Calls {@code iface.method} on {@code destination}'s object {@code path} and waits for the reply (at most 25 s).
     * {@code signature} types the arguments as one struct, e.g. {@code "(susssasa{sv}i)"}; {@code "()"} for none.
     * The reply's values come back in order. A D-Bus error reply, a missing service or no session bus is an
     * {@link IOException} whose message carries the D-Bus error name.
     */
    List<Object> call(String destination, String path, String iface, String method, String signature, Object... args)
            throws IOException;

    /**
     * Delivers the signals matching {@code sender}, {@code iface}, {@code member} and {@code path} (null matches any)
     * to {@code handler}, with the signal's values, on the UI thread; closing the result stops it.
     */
    AutoCloseable subscribe(String sender, String iface, String member, String path, Consumer<List<Object>> handler)
            throws IOException;

    /** A value for a {@code v} argument whose D-Bus type is not the default for its Java type ({@code "u"} for a long). */
    record Variant(String signature, Object value) {}
}
