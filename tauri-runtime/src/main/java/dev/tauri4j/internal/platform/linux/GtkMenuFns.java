package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.PTR;
import static dev.tauri4j.internal.platform.linux.Native.ui;

import dev.tauri4j.internal.platform.linux.Native.Fn;

/** GTK and GDK functions only menus use; linked on first use, so they cost nothing at start-up. */
final class GtkMenuFns {

    static final Fn gtk_box_new = ui("gtk_box_new", PTR, INT, INT);
    static final Fn gtk_box_pack_start = ui("gtk_box_pack_start", null, PTR, PTR, INT, INT, INT);
    static final Fn gtk_box_reorder_child = ui("gtk_box_reorder_child", null, PTR, PTR, INT);
    static final Fn gtk_menu_bar_new = ui("gtk_menu_bar_new", PTR);
    static final Fn gtk_menu_new = ui("gtk_menu_new", PTR);
    static final Fn gtk_menu_shell_append = ui("gtk_menu_shell_append", null, PTR, PTR);
    static final Fn gtk_menu_item_new_with_mnemonic = ui("gtk_menu_item_new_with_mnemonic", PTR, PTR);
    static final Fn gtk_check_menu_item_new_with_mnemonic = ui("gtk_check_menu_item_new_with_mnemonic", PTR, PTR);
    static final Fn gtk_separator_menu_item_new = ui("gtk_separator_menu_item_new", PTR);
    static final Fn gtk_menu_item_set_submenu = ui("gtk_menu_item_set_submenu", null, PTR, PTR);
    static final Fn gtk_check_menu_item_set_active = ui("gtk_check_menu_item_set_active", null, PTR, INT);
    static final Fn gtk_check_menu_item_get_active = ui("gtk_check_menu_item_get_active", INT, PTR);
    static final Fn gtk_bin_get_child = ui("gtk_bin_get_child", PTR, PTR);
    static final Fn gtk_container_remove = ui("gtk_container_remove", null, PTR, PTR);
    static final Fn gtk_label_set_text_with_mnemonic = ui("gtk_label_set_text_with_mnemonic", null, PTR, PTR);
    static final Fn gtk_label_get_label = ui("gtk_label_get_label", PTR, PTR);
    static final Fn gtk_widget_set_sensitive = ui("gtk_widget_set_sensitive", null, PTR, INT);
    static final Fn gtk_widget_add_accelerator = ui("gtk_widget_add_accelerator", null, PTR, PTR, PTR, INT, INT, INT);
    static final Fn gtk_widget_remove_accelerator = ui("gtk_widget_remove_accelerator", INT, PTR, PTR, INT, INT);
    static final Fn gtk_accel_label_set_accel = ui("gtk_accel_label_set_accel", null, PTR, INT, INT);
    static final Fn gtk_accel_group_new = ui("gtk_accel_group_new", PTR);
    static final Fn gtk_window_add_accel_group = ui("gtk_window_add_accel_group", null, PTR, PTR);
    static final Fn gtk_window_remove_accel_group = ui("gtk_window_remove_accel_group", null, PTR, PTR);
    static final Fn gtk_image_new = ui("gtk_image_new", PTR);
    static final Fn gtk_image_set_from_pixbuf = ui("gtk_image_set_from_pixbuf", null, PTR, PTR);
    static final Fn gtk_image_clear = ui("gtk_image_clear", null, PTR);
    static final Fn gtk_menu_popup_at_rect = ui("gtk_menu_popup_at_rect", null, PTR, PTR, PTR, INT, INT, PTR);
    static final Fn gtk_menu_attach_to_widget = ui("gtk_menu_attach_to_widget", null, PTR, PTR, PTR);
    static final Fn gtk_about_dialog_new = ui("gtk_about_dialog_new", PTR);
    static final Fn gtk_window_set_transient_for = ui("gtk_window_set_transient_for", null, PTR, PTR);
    static final Fn gtk_window_set_modal = ui("gtk_window_set_modal", null, PTR, INT);
    static final Fn gtk_dialog_run = ui("gtk_dialog_run", INT, PTR);
    static final Fn g_object_set_string = Native.variadic("g_object_set", 2, null, PTR, PTR, PTR, PTR);
    static final Fn gtk_about_dialog_set_authors = ui("gtk_about_dialog_set_authors", null, PTR, PTR);
    static final Fn gdk_keyval_from_name = ui("gdk_keyval_from_name", INT, PTR);
    static final Fn gdk_pixbuf_new_from_bytes = ui("gdk_pixbuf_new_from_bytes", PTR, PTR, INT, INT, INT, INT, INT, INT);
    static final Fn gdk_pixbuf_scale_simple = ui("gdk_pixbuf_scale_simple", PTR, PTR, INT, INT, INT);
    static final Fn gdk_event_new = ui("gdk_event_new", PTR, INT);
    static final Fn gdk_event_free = ui("gdk_event_free", null, PTR);
    static final Fn gdk_event_set_device = ui("gdk_event_set_device", null, PTR, PTR);
    static final Fn gdk_display_get_default_seat = ui("gdk_display_get_default_seat", PTR, PTR);
    static final Fn gdk_seat_get_pointer = ui("gdk_seat_get_pointer", PTR, PTR);
    static final Fn gdk_device_get_position = ui("gdk_device_get_position", null, PTR, PTR, PTR, PTR);
    static final Fn gdk_screen_get_default = ui("gdk_screen_get_default", PTR);
    static final Fn gdk_screen_get_root_window = ui("gdk_screen_get_root_window", PTR, PTR);
    static final Fn webkit_web_view_execute_editing_command = ui("webkit_web_view_execute_editing_command", null, PTR, PTR);

    static final int ORIENTATION_HORIZONTAL = 0;
    static final int ORIENTATION_VERTICAL = 1;
    static final int ACCEL_VISIBLE = 1;
    static final int SHIFT_MASK = 1;
    static final int CONTROL_MASK = 1 << 2;
    static final int MOD1_MASK = 1 << 3;
    static final int SUPER_MASK = 1 << 26;
    static final int GRAVITY_NORTH_WEST = 1;
    static final int BUTTON_PRESS = 4;
    static final int INTERP_BILINEAR = 2;
    /** GdkEventButton: the offsets of window and button on 64-bit Linux. */
    static final long EVENT_BUTTON_WINDOW = 8;
    static final long EVENT_BUTTON_BUTTON = 52;

    private GtkMenuFns() {}
}
