package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.ui;

import dev.tauri4j.internal.platform.linux.Native.Fn;

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

    // what every window needs as it opens and configures (prelinked with the rest of this table)
    static final Fn gtk_window_get_size = ui("gtk_window_get_size", null, PTR, PTR, PTR);
    static final Fn gtk_widget_get_scale_factor = ui("gtk_widget_get_scale_factor", INT, PTR);
    static final Fn gtk_widget_get_window = ui("gtk_widget_get_window", PTR, PTR);
    static final Fn gtk_settings_get_default = ui("gtk_settings_get_default", PTR);
    /** g_object_get(settings, "gtk-application-prefer-dark-theme", &int, "gtk-theme-name", &char*, NULL) */
    static final Fn g_object_get_theme = Native.variadic("g_object_get", 2, null, PTR, PTR, PTR, PTR, PTR, PTR);
    static final Fn gdk_window_get_frame_extents = ui("gdk_window_get_frame_extents", null, PTR, PTR);
    static final Fn gdk_window_get_origin = ui("gdk_window_get_origin", INT, PTR, PTR, PTR);

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
