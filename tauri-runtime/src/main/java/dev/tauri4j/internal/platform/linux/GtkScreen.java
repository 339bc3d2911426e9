package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.internal.platform.NativeWindow.Bounds;
import dev.tauri4j.internal.platform.NativeWindow.Monitor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** GDK and GtkSettings beyond one window's state: monitors, the pointer, the theme, placement and colors (UI thread). */
final class GtkScreen {

    private static final String PREFER_DARK = "gtk-application-prefer-dark-theme";
    /** The desktop's own prefer-dark value, kept when the app first forces a theme, so null can restore it. */
    private static Integer desktopPreferDark;

    private GtkScreen() {}

    private static MemorySegment display() throws Throwable {
        return (MemorySegment) GtkWindowFns.gdk_display_get_default.h().invokeExact();
    }

    static List<Monitor> monitors() throws Throwable {
        MemorySegment display = display();
        int n = (int) GtkWindowFns.gdk_display_get_n_monitors.h().invokeExact(display);
        List<Monitor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(monitor((MemorySegment) GtkWindowFns.gdk_display_get_monitor.h().invokeExact(display, i)));
        return out;
    }

    static Monitor primary() throws Throwable {
        MemorySegment m = (MemorySegment) GtkWindowFns.gdk_display_get_primary_monitor.h().invokeExact(display());
        return m.equals(NULL) ? first() : monitor(m);
    }

    /** The monitor holding this logical point, or null (GDK itself answers with the nearest one). */
    static Monitor at(int x, int y) throws Throwable {
        MemorySegment m = (MemorySegment) GtkWindowFns.gdk_display_get_monitor_at_point.h().invokeExact(display(), x, y);
        if (m.equals(NULL)) return null;
        Monitor found = monitor(m);
        Bounds g = found.geometry();
        boolean inside = x >= g.x() && y >= g.y() && x < g.x() + g.width() && y < g.y() + g.height();
        return inside ? found : null;
    }

    static Monitor of(MemorySegment gtkWindow) throws Throwable {
        MemorySegment gdk = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(gtkWindow);
        if (gdk.equals(NULL)) return first();
        MemorySegment m = (MemorySegment) GtkWindowFns.gdk_display_get_monitor_at_window.h().invokeExact(display(), gdk);
        return m.equals(NULL) ? first() : monitor(m);
    }

    private static Monitor first() throws Throwable {
        List<Monitor> all = monitors();
        return all.isEmpty() ? null : all.getFirst();
    }

    private static Monitor monitor(MemorySegment m) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment geometry = arena.allocate(ValueLayout.JAVA_INT, 4);
            MemorySegment work = arena.allocate(ValueLayout.JAVA_INT, 4);
            GtkWindowFns.gdk_monitor_get_geometry.h().invokeExact(m, geometry);
            GtkWindowFns.gdk_monitor_get_workarea.h().invokeExact(m, work);
            int scale = (int) GtkWindowFns.gdk_monitor_get_scale_factor.h().invokeExact(m);
            String model = Native.string((MemorySegment) GtkWindowFns.gdk_monitor_get_model.h().invokeExact(m));
            return new Monitor(model, scale, bounds(geometry), bounds(work));
        }
    }

    private static Bounds bounds(MemorySegment rect) {
        return new Bounds(rect.getAtIndex(INT, 0), rect.getAtIndex(INT, 1), rect.getAtIndex(INT, 2), rect.getAtIndex(INT, 3));
    }

    static Bounds cursor() throws Throwable {
        MemorySegment seat = (MemorySegment) GtkWindowFns.gdk_display_get_default_seat.h().invokeExact(display());
        MemorySegment pointer = (MemorySegment) GtkWindowFns.gdk_seat_get_pointer.h().invokeExact(seat);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = arena.allocate(INT), y = arena.allocate(INT);
            GtkWindowFns.gdk_device_get_position.h().invokeExact(pointer, NULL, x, y);
            return new Bounds(x.get(INT, 0), y.get(INT, 0), 0, 0);
        }
    }

    static void warp(int x, int y) throws Throwable {
        MemorySegment seat = (MemorySegment) GtkWindowFns.gdk_display_get_default_seat.h().invokeExact(display());
        MemorySegment pointer = (MemorySegment) GtkWindowFns.gdk_seat_get_pointer.h().invokeExact(seat);
        MemorySegment screen = (MemorySegment) GtkWindowFns.gdk_screen_get_default.h().invokeExact();
        GtkWindowFns.gdk_device_warp.h().invokeExact(pointer, screen, x, y);
    }

    /** Moves the window so that its frame sits in the middle of its monitor's work area. */
    static void center(MemorySegment window, GtkNativeWindow nativeWindow) throws Throwable {
        MemorySegment gdk = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(window);
        if (gdk.equals(NULL)) {
            Gtk.gtk_window_set_position.h().invokeExact(window, Gtk.WIN_POS_CENTER); // not shown yet: GTK centers it when mapped
            return;
        }
        Monitor m = of(window);
        Bounds outer = nativeWindow.outer();
        Bounds area = m.workArea();
        GtkWindowFns.gtk_window_move.h().invokeExact(window, area.x() + (area.width() - outer.width()) / 2, area.y() + (area.height() - outer.height()) / 2);
    }

    /** The window's background, or the theme's with null. */
    static void paintWindow(MemorySegment window, int[] rgba) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment color = rgba == null ? NULL : gdkRgba(arena, rgba);
            GtkWindowFns.gtk_widget_override_background_color.h().invokeExact(window, 0, color);
        }
    }

    /** What the webview shows where the page is transparent. */
    static void paintView(MemorySegment view, int[] rgba) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment color = gdkRgba(arena, rgba);
            WebKit.web_view_set_background_color.h().invokeExact(view, color);
        }
    }

    /** GdkRGBA: four gdoubles from 0 to 1. */
    private static MemorySegment gdkRgba(Arena arena, int[] rgba) {
        MemorySegment c = arena.allocate(ValueLayout.JAVA_DOUBLE, 4);
        for (int i = 0; i < 4; i++) c.setAtIndex(ValueLayout.JAVA_DOUBLE, i, rgba[i] / 255.0);
        return c;
    }

    static MemorySegment settings() throws Throwable {
        return (MemorySegment) Gtk.gtk_settings_get_default.h().invokeExact();
    }

    static boolean dark() throws Throwable {
        MemorySegment settings = settings();
        if (settings.equals(NULL)) return false;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment prefer = arena.allocate(INT);
            MemorySegment name = arena.allocate(PTR);
            Gtk.g_object_get_theme.h().invokeExact(settings, arena.allocateFrom(PREFER_DARK), prefer,
                    arena.allocateFrom("gtk-theme-name"), name, NULL);
            MemorySegment text = name.get(ValueLayout.ADDRESS, 0);
            String theme = Native.string(text);
            if (!text.equals(NULL)) GLib.g_free.h().invokeExact(text);
            // GTK's convention: a dark variant is named "...-dark" (Adwaita-dark)
            return prefer.get(INT, 0) != 0 || (theme != null && theme.toLowerCase(Locale.ROOT).endsWith("dark"));
        }
    }

    static void setDark(Boolean dark) throws Throwable {
        MemorySegment settings = settings();
        if (settings.equals(NULL)) return;
        try (Arena arena = Arena.ofConfined()) {
            if (desktopPreferDark == null) {
                MemorySegment prefer = arena.allocate(INT);
                MemorySegment unusedName = arena.allocate(PTR);
                Gtk.g_object_get_theme.h().invokeExact(settings, arena.allocateFrom(PREFER_DARK), prefer,
                        arena.allocateFrom("gtk-theme-name"), unusedName, NULL);
                MemorySegment text = unusedName.get(ValueLayout.ADDRESS, 0);
                if (!text.equals(NULL)) GLib.g_free.h().invokeExact(text);
                desktopPreferDark = prefer.get(INT, 0);
            }
            int value = dark == null ? desktopPreferDark : dark ? 1 : 0;
            GtkWindowFns.g_object_set_int.h().invokeExact(settings, arena.allocateFrom(PREFER_DARK), value, NULL);
        }
    }
}
