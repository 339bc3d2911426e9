package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** A window's min and max size: GTK sets both in one geometry-hints call, so both are kept here (UI thread). */
final class GtkSizeLimits {

    /** GdkGeometry: 8 gints, 2 gdoubles, 1 gint (GdkGravity). */
    private static final MemoryLayout GEOMETRY = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(8, ValueLayout.JAVA_INT), MemoryLayout.sequenceLayout(2, ValueLayout.JAVA_DOUBLE),
            ValueLayout.JAVA_INT, MemoryLayout.paddingLayout(4));

    private Integer minWidth, minHeight, maxWidth, maxHeight;

    void min(Integer width, Integer height) {
        minWidth = width;
        minHeight = height;
    }

    void max(Integer width, Integer height) {
        maxWidth = width;
        maxHeight = height;
    }

    void apply(MemorySegment window) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment geometry = arena.allocate(GEOMETRY);
            int hints = 0;
            if (minWidth != null || minHeight != null) {
                hints |= Gtk.HINT_MIN_SIZE;
                geometry.set(INT, 0, minWidth == null ? 0 : minWidth);
                geometry.set(INT, 4, minHeight == null ? 0 : minHeight);
            }
            if (maxWidth != null || maxHeight != null) {
                hints |= Gtk.HINT_MAX_SIZE;
                geometry.set(INT, 8, maxWidth == null ? Short.MAX_VALUE : maxWidth);
                geometry.set(INT, 12, maxHeight == null ? Short.MAX_VALUE : maxHeight);
            }
            MemorySegment hinted = hints == 0 ? NULL : geometry;
            Gtk.gtk_window_set_geometry_hints.h().invokeExact(window, NULL, hinted, hints);
        }
    }
}
