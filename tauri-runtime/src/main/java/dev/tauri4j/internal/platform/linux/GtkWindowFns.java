package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.ui;

import dev.tauri4j.internal.platform.linux.Native.Fn;

/**
 * GTK and GDK functions only the window commands use. Kept out of {@link Gtk}, whose functions are linked in the
 * background at start: these are linked on first use, so they add nothing to start-up.
 */
final class GtkWindowFns {

    static final Fn gtk_window_get_title = ui("gtk_window_get_title", PTR, PTR);
    static final Fn gtk_window_move = ui("gtk_window_move", null, PTR, INT, INT);
    static final Fn gtk_window_iconify = ui("gtk_window_iconify", null, PTR);
    static final Fn gtk_window_deiconify = ui("gtk_window_deiconify", null, PTR);
    static final Fn gtk_window_maximize = ui("gtk_window_maximize", null, PTR);
    static final Fn gtk_window_unmaximize = ui("gtk_window_unmaximize", null, PTR);
    static final Fn gtk_window_unfullscreen = ui("gtk_window_unfullscreen", null, PTR);
    static final Fn gtk_window_is_active = ui("gtk_window_is_active", INT, PTR);
    static final Fn gtk_window_get_resizable = ui("gtk_window_get_resizable", INT, PTR);
    static final Fn gtk_window_get_decorated = ui("gtk_window_get_decorated", INT, PTR);
    static final Fn gtk_window_close = ui("gtk_window_close", null, PTR);
    static final Fn gtk_widget_get_visible = ui("gtk_widget_get_visible", INT, PTR);
    static final Fn gdk_display_get_default = ui("gdk_display_get_default", PTR);
    static final Fn gdk_display_get_monitor_at_window = ui("gdk_display_get_monitor_at_window", PTR, PTR, PTR);
    static final Fn gdk_monitor_get_workarea = ui("gdk_monitor_get_workarea", null, PTR, PTR);
    static final Fn g_object_set_int = Native.variadic("g_object_set", 2, null, PTR, PTR, INT, PTR);
    static final Fn gdk_display_get_n_monitors = ui("gdk_display_get_n_monitors", INT, PTR);
    static final Fn gdk_display_get_monitor = ui("gdk_display_get_monitor", PTR, PTR, INT);
    static final Fn gdk_display_get_primary_monitor = ui("gdk_display_get_primary_monitor", PTR, PTR);
    static final Fn gdk_display_get_monitor_at_point = ui("gdk_display_get_monitor_at_point", PTR, PTR, INT, INT);
    static final Fn gdk_monitor_get_geometry = ui("gdk_monitor_get_geometry", null, PTR, PTR);
    static final Fn gdk_monitor_get_scale_factor = ui("gdk_monitor_get_scale_factor", INT, PTR);
    static final Fn gdk_monitor_get_model = ui("gdk_monitor_get_model", PTR, PTR);
    static final Fn gdk_display_get_default_seat = ui("gdk_display_get_default_seat", PTR, PTR);
    static final Fn gdk_seat_get_pointer = ui("gdk_seat_get_pointer", PTR, PTR);
    static final Fn gdk_screen_get_default = ui("gdk_screen_get_default", PTR);
    static final Fn gdk_device_warp = ui("gdk_device_warp", null, PTR, PTR, INT, INT);
    static final Fn gdk_device_get_position = ui("gdk_device_get_position", null, PTR, PTR, PTR, PTR);
    static final Fn gtk_window_get_deletable = ui("gtk_window_get_deletable", INT, PTR);
    static final Fn gtk_window_set_deletable = ui("gtk_window_set_deletable", null, PTR, INT);
    static final Fn gtk_widget_get_sensitive = ui("gtk_widget_get_sensitive", INT, PTR);
    static final Fn gtk_widget_set_sensitive = ui("gtk_widget_set_sensitive", null, PTR, INT);
    static final Fn gtk_window_set_skip_taskbar_hint = ui("gtk_window_set_skip_taskbar_hint", null, PTR, INT);
    static final Fn gtk_window_set_keep_below = ui("gtk_window_set_keep_below", null, PTR, INT);
    static final Fn gtk_window_set_urgency_hint = ui("gtk_window_set_urgency_hint", null, PTR, INT);
    static final Fn gtk_window_stick = ui("gtk_window_stick", null, PTR);
    static final Fn gtk_window_unstick = ui("gtk_window_unstick", null, PTR);
    static final Fn gtk_window_set_accept_focus = ui("gtk_window_set_accept_focus", null, PTR, INT);
    static final Fn gtk_window_begin_move_drag = ui("gtk_window_begin_move_drag", null, PTR, INT, INT, INT, INT);
    static final Fn gtk_window_begin_resize_drag = ui("gtk_window_begin_resize_drag", null, PTR, INT, INT, INT, INT, INT);
    static final Fn gtk_get_current_event_time = ui("gtk_get_current_event_time", INT);
    static final Fn gtk_widget_override_background_color = ui("gtk_widget_override_background_color", null, PTR, INT, PTR);

    private GtkWindowFns() {}
}
