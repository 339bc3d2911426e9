package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.LONG;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.any;
import static dev.tauri4j.internal.platform.linux.Native.ui;

import dev.tauri4j.internal.platform.linux.Native.Fn;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** GLib, GObject, GIO and libsoup functions we call (each bound on first use). */
final class GLib {

    // thread-safe by GLib's contract
    static final Fn g_idle_add_full = any("g_idle_add_full", INT, INT, PTR, PTR, PTR);
    static final Fn g_malloc = any("g_malloc", PTR, LONG);
    static final Fn g_free = any("g_free", null, PTR);
    static final Fn g_error_free = any("g_error_free", null, PTR);
    static final Fn g_bytes_new_take = any("g_bytes_new_take", PTR, PTR, LONG);
    static final Fn g_bytes_unref = any("g_bytes_unref", null, PTR);
    static final Fn g_object_ref = any("g_object_ref", PTR, PTR);
    static final Fn g_object_unref = any("g_object_unref", null, PTR);

    static final Fn g_signal_connect_data = ui("g_signal_connect_data", LONG, PTR, PTR, PTR, PTR, PTR, INT);
    static final Fn g_memory_input_stream_new_from_bytes = ui("g_memory_input_stream_new_from_bytes", PTR, PTR);
    static final Fn g_input_stream_read_all = ui("g_input_stream_read_all", INT, PTR, PTR, LONG, PTR, PTR, PTR);
    static final Fn soup_message_headers_new = ui("soup_message_headers_new", PTR, INT);
    static final Fn soup_message_headers_append = ui("soup_message_headers_append", null, PTR, PTR, PTR);
    static final Fn soup_message_headers_get_one = ui("soup_message_headers_get_one", PTR, PTR, PTR);

    private GLib() {}

    /** Connects {@code handler} to {@code signal} of {@code instance}, passing {@code data} as user data. */
    static void connect(MemorySegment instance, String signal, MemorySegment handler, MemorySegment data) {
        try (Arena arena = Arena.ofConfined()) {
            long id = (long) g_signal_connect_data.h().invokeExact(instance, arena.allocateFrom(signal), handler,
                    data, Native.NULL, 0);
            if (id == 0) throw new IllegalStateException("could not connect signal " + signal);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Copies {@code bytes} into a GBytes that owns its memory (one copy, no Java memory shared with C). */
    static MemorySegment bytes(byte[] bytes, int offset, int length) throws Throwable {
        MemorySegment mem = (MemorySegment) g_malloc.h().invokeExact((long) Math.max(1, length));
        MemorySegment.copy(bytes, offset, mem.reinterpret(Math.max(1, length)), java.lang.foreign.ValueLayout.JAVA_BYTE, 0, length);
        return (MemorySegment) g_bytes_new_take.h().invokeExact(mem, (long) length);
    }
}
