package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** webkit_website_data_manager_clear and its asynchronous answer (UI thread). */
final class GtkDataClearing {

    private static final Map<Long, Consumer<String>> PENDING = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private GtkDataClearing() {}

    private static final class Stub {
        static final MemorySegment DONE = Native.upcall(GtkDataClearing.class, "onCleared", null, PTR, PTR, PTR);
    }

    static void clear(MemorySegment view, Consumer<String> done) throws Throwable {
        MemorySegment manager = (MemorySegment) WebKit.web_view_get_website_data_manager.h().invokeExact(view);
        long id = IDS.incrementAndGet();
        PENDING.put(id, done);
        // a timespan of 0 means "all data, however old"
        WebKit.website_data_manager_clear.h().invokeExact(manager, WebKit.WEBSITE_DATA_ALL, 0L, NULL, Stub.DONE, MemorySegment.ofAddress(id));
    }

    @SuppressWarnings("unused") // GAsyncReadyCallback
    private static void onCleared(MemorySegment manager, MemorySegment result, MemorySegment data) throws Throwable {
        Consumer<String> done = PENDING.remove(data.address());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(PTR);
            int ok = (int) WebKit.website_data_manager_clear_finish.h().invokeExact(manager, result, error);
            String message = null;
            if (ok == 0) {
                MemorySegment gerror = error.get(ValueLayout.ADDRESS, 0);
                // GError: domain (guint32), code (gint), message (gchar*)
                message = gerror.equals(NULL) ? "WebKit could not clear the data"
                        : Native.string(gerror.reinterpret(16).get(ValueLayout.ADDRESS, 8));
                if (!gerror.equals(NULL)) GLib.g_error_free.h().invokeExact(gerror);
            }
            if (done != null) done.accept(message);
        }
    }
}
