package dev.tauri4j.webview.linux;

import static dev.tauri4j.webview.linux.Native.INT;
import static dev.tauri4j.webview.linux.Native.PTR;
import static dev.tauri4j.webview.linux.Native.ui;

import dev.tauri4j.webview.linux.Native.Fn;

/** GTK 3 functions we call (each bound on first use, UI thread only). */
final class Gtk {

    static final Fn gtk_init_check = ui("gtk_init_check", INT, PTR, PTR);
    static final Fn gtk_main = ui("gtk_main", null);
    static final Fn gtk_main_quit = ui("gtk_main_quit", null);
    static final Fn gtk_window_new = ui("gtk_window_new", PTR, INT);
    static final Fn gtk_window_set_title = ui("gtk_window_set_title", null, PTR, PTR);
    static final Fn gtk_window_set_default_size = ui("gtk_window_set_default_size", null, PTR, INT, INT);
    static final Fn gtk_window_resize = ui("gtk_window_resize", null, PTR, INT, INT);
    static final Fn gtk_window_set_resizable = ui("gtk_window_set_resizable", null, PTR, INT);
    static final Fn gtk_window_set_decorated = ui("gtk_window_set_decorated", null, PTR, INT);
    static final Fn gtk_window_set_keep_above = ui("gtk_window_set_keep_above", null, PTR, INT);
    static final Fn gtk_window_set_position = ui("gtk_window_set_position", null, PTR, INT);
    static final Fn gtk_window_set_geometry_hints = ui("gtk_window_set_geometry_hints", null, PTR, PTR, PTR, INT);
    static final Fn gtk_window_fullscreen = ui("gtk_window_fullscreen", null, PTR);
    static final Fn gtk_window_present = ui("gtk_window_present", null, PTR);
    static final Fn gtk_container_add = ui("gtk_container_add", null, PTR, PTR);
    static final Fn gtk_widget_show_all = ui("gtk_widget_show_all", null, PTR);
    static final Fn gtk_widget_hide = ui("gtk_widget_hide", null, PTR);
    static final Fn gtk_widget_show = ui("gtk_widget_show", null, PTR);
    static final Fn gtk_widget_destroy = ui("gtk_widget_destroy", null, PTR);

    // window geometry and state (the plugin:window commands)
    static final Fn gtk_window_get_title = ui("gtk_window_get_title", PTR, PTR);
    static final Fn gtk_window_get_size = ui("gtk_window_get_size", null, PTR, PTR, PTR);
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
    static final Fn gtk_widget_get_scale_factor = ui("gtk_widget_get_scale_factor", INT, PTR);
    static final Fn gtk_widget_get_window = ui("gtk_widget_get_window", PTR, PTR);
    static final Fn gtk_settings_get_default = ui("gtk_settings_get_default", PTR);
    /** g_object_get(settings, "gtk-application-prefer-dark-theme", &int, "gtk-theme-name", &char*, NULL) */
    static final Fn g_object_get_theme = Native.variadic("g_object_get", 2, null, PTR, PTR, PTR, PTR, PTR, PTR);
    static final Fn gdk_window_get_frame_extents = ui("gdk_window_get_frame_extents", null, PTR, PTR);
    static final Fn gdk_window_get_origin = ui("gdk_window_get_origin", INT, PTR, PTR, PTR);
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

    static final int WINDOW_TOPLEVEL = 0;
    static final int WIN_POS_CENTER = 1;
    static final int HINT_MIN_SIZE = 1 << 1;
    static final int HINT_MAX_SIZE = 1 << 2;
    /** GdkWindowState bits */
    static final int STATE_WITHDRAWN = 1;
    static final int STATE_ICONIFIED = 1 << 1;
    static final int STATE_MAXIMIZED = 1 << 2;
    static final int STATE_FULLSCREEN = 1 << 4;
    static final int STATE_ABOVE = 1 << 5;

    private Gtk() {}
}
