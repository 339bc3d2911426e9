package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.ui;

import dev.tauri4j.internal.platform.linux.Native.Fn;
import dev.tauri4j.plugin.Image;
import java.lang.foreign.MemorySegment;

/** How a GtkWindow looks and takes input on the desktop: see-through, click-through, and its icon (UI thread). */
final class GtkWindowLooks {

    private static final Fn gtk_widget_get_screen = ui("gtk_widget_get_screen", PTR, PTR);
    private static final Fn gdk_screen_get_rgba_visual = ui("gdk_screen_get_rgba_visual", PTR, PTR);
    private static final Fn gtk_widget_set_visual = ui("gtk_widget_set_visual", null, PTR, PTR);
    private static final Fn gtk_widget_set_app_paintable = ui("gtk_widget_set_app_paintable", null, PTR, INT);
    private static final Fn gtk_widget_input_shape_combine_region = ui("gtk_widget_input_shape_combine_region", null, PTR, PTR);
    private static final Fn cairo_region_create = ui("cairo_region_create", PTR);
    private static final Fn cairo_region_destroy = ui("cairo_region_destroy", null, PTR);
    private static final Fn gtk_window_set_icon = ui("gtk_window_set_icon", null, PTR, PTR);

    private GtkWindowLooks() {}

    /**
     * Makes the window see-through where the page is, as wry does: a visual with alpha (which must be chosen before
     * the window is realized), no theme background, and a webview background with alpha 0. Without a compositing
     * window manager the see-through parts show black.
     */
    static void makeTransparent(MemorySegment window, MemorySegment view) throws Throwable {
        MemorySegment screen = (MemorySegment) gtk_widget_get_screen.h().invokeExact(window);
        MemorySegment visual = (MemorySegment) gdk_screen_get_rgba_visual.h().invokeExact(screen);
        if (!visual.equals(NULL)) gtk_widget_set_visual.h().invokeExact(window, visual);
        gtk_widget_set_app_paintable.h().invokeExact(window, 1);
        GtkScreen.paintView(view, new int[] {0, 0, 0, 0});
    }

    /** An empty input shape lets every click through to the window below; no shape takes them again. */
    static void ignoreCursorEvents(MemorySegment window, boolean ignore) throws Throwable {
        if (!ignore) {
            gtk_widget_input_shape_combine_region.h().invokeExact(window, NULL);
            return;
        }
        MemorySegment empty = (MemorySegment) cairo_region_create.h().invokeExact();
        gtk_widget_input_shape_combine_region.h().invokeExact(window, empty); // GTK keeps its own copy
        cairo_region_destroy.h().invokeExact(empty);
    }

    /** The window's icon (_NET_WM_ICON), or GTK's default with null. */
    static void setIcon(MemorySegment window, Image icon) throws Throwable {
        if (icon == null) {
            gtk_window_set_icon.h().invokeExact(window, NULL);
            return;
        }
        MemorySegment bytes = GLib.bytes(icon.rgba(), 0, icon.width() * icon.height() * 4);
        MemorySegment pixbuf = (MemorySegment) GtkMenuFns.gdk_pixbuf_new_from_bytes.h().invokeExact(bytes, 0, 1, 8,
                icon.width(), icon.height(), icon.width() * 4);
        GLib.g_bytes_unref.h().invokeExact(bytes);
        gtk_window_set_icon.h().invokeExact(window, pixbuf);
        GLib.g_object_unref.h().invokeExact(pixbuf);
    }
}
