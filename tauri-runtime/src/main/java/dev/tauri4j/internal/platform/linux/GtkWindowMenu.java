package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.internal.platform.MenuClicks;
import dev.tauri4j.internal.platform.NativeWindow;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The menus of one window: its GtkMenuBar, packed above the webview in the window's box (as wry does), with its own
 * accelerator group; context menus popped up at a point of the window; the about dialog.
 */
final class GtkWindowMenu {

    private final MemorySegment window;
    private final MemorySegment box;
    private MemorySegment bar = NULL;
    private MemorySegment accelGroup = NULL;

    GtkWindowMenu(MemorySegment window, MemorySegment box) {
        this.window = window;
        this.box = box;
    }

    private static final class Stubs {
        static final MemorySegment DEACTIVATE = Native.upcall(GtkWindowMenu.class, "onDeactivate", null, PTR, PTR);
    }

    /** Replaces the menu bar with one showing {@code menu} (null: none). */
    void setMenu(Menu menu, MenuClicks clicks) throws Throwable {
        if (!bar.equals(NULL)) {
            Gtk.gtk_widget_destroy.h().invokeExact(bar);
            GtkMenuFns.gtk_window_remove_accel_group.h().invokeExact(window, accelGroup);
            bar = NULL;
            accelGroup = NULL;
        }
        if (menu == null) return;
        accelGroup = (MemorySegment) GtkMenuFns.gtk_accel_group_new.h().invokeExact();
        GtkMenuFns.gtk_window_add_accel_group.h().invokeExact(window, accelGroup);
        GLib.g_object_unref.h().invokeExact(accelGroup); // the window holds it now
        bar = (MemorySegment) GtkMenuFns.gtk_menu_bar_new.h().invokeExact();
        new GtkMenuTree.Shell(bar, menu, new GtkMenuTree.Context(clicks, accelGroup)).root();
        GtkMenuFns.gtk_box_pack_start.h().invokeExact(box, bar, 0, 0, 0);
        GtkMenuFns.gtk_box_reorder_child.h().invokeExact(box, bar, 0);
        Gtk.gtk_widget_show_all.h().invokeExact(bar);
    }

    /** The menu bar widget, or NULL (for tests of the layout). */
    MemorySegment bar() {
        return bar;
    }

    /** Pops {@code menu} up at {@code at} (logical, from the window's top-left), or at the pointer when null. */
    void popup(MenuContainer menu, NativeWindow.Bounds at, MenuClicks clicks) throws Throwable {
        MemorySegment gtkMenu = (MemorySegment) GtkMenuFns.gtk_menu_new.h().invokeExact();
        new GtkMenuTree.Shell(gtkMenu, menu, new GtkMenuTree.Context(clicks, NULL)).root();
        GtkMenuFns.gtk_menu_attach_to_widget.h().invokeExact(gtkMenu, window, NULL);
        // destroyed once closed, a turn later: GTK deactivates the menu before it activates the clicked item
        GLib.connect(gtkMenu, "deactivate", Stubs.DEACTIVATE, NULL);
        MemorySegment display = (MemorySegment) GtkWindowFns.gdk_display_get_default.h().invokeExact();
        MemorySegment seat = (MemorySegment) GtkMenuFns.gdk_display_get_default_seat.h().invokeExact(display);
        MemorySegment pointer = (MemorySegment) GtkMenuFns.gdk_seat_get_pointer.h().invokeExact(seat);
        MemorySegment target;
        int x, y;
        try (Arena arena = Arena.ofConfined()) {
            if (at != null) {
                target = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(window);
                x = at.x();
                y = at.y();
            } else {
                MemorySegment screen = (MemorySegment) GtkMenuFns.gdk_screen_get_default.h().invokeExact();
                target = (MemorySegment) GtkMenuFns.gdk_screen_get_root_window.h().invokeExact(screen);
                MemorySegment px = arena.allocate(INT), py = arena.allocate(INT);
                GtkMenuFns.gdk_device_get_position.h().invokeExact(pointer, NULL, px, py);
                x = px.get(INT, 0);
                y = py.get(INT, 0);
            }
            if (target.equals(NULL)) throw new IllegalStateException("the window is not shown, so no menu can pop up in it");
            // a button press as the trigger, as muda does: GTK needs an event's device to grab the pointer
            MemorySegment event = (MemorySegment) GtkMenuFns.gdk_event_new.h().invokeExact(GtkMenuFns.BUTTON_PRESS);
            MemorySegment e = event.reinterpret(96);
            e.set(ValueLayout.ADDRESS, GtkMenuFns.EVENT_BUTTON_WINDOW, (MemorySegment) GLib.g_object_ref.h().invokeExact(target));
            e.set(ValueLayout.JAVA_INT, GtkMenuFns.EVENT_BUTTON_BUTTON, 3);
            GtkMenuFns.gdk_event_set_device.h().invokeExact(event, pointer);
            MemorySegment rect = arena.allocate(ValueLayout.JAVA_INT, 4);
            rect.setAtIndex(ValueLayout.JAVA_INT, 0, x);
            rect.setAtIndex(ValueLayout.JAVA_INT, 1, y);
            GtkMenuFns.gtk_menu_popup_at_rect.h().invokeExact(gtkMenu, target, rect, GtkMenuFns.GRAVITY_NORTH_WEST,
                    GtkMenuFns.GRAVITY_NORTH_WEST, event);
            GtkMenuFns.gdk_event_free.h().invokeExact(event);
        }
    }

    /** The about dialog, modal over the window. */
    void about(AboutMetadata about) throws Throwable {
        MemorySegment dialog = (MemorySegment) GtkMenuFns.gtk_about_dialog_new.h().invokeExact();
        try (Arena arena = Arena.ofConfined()) {
            set(arena, dialog, "program-name", about.name());
            set(arena, dialog, "version", about.fullVersion());
            set(arena, dialog, "comments", about.comments());
            set(arena, dialog, "copyright", about.copyright());
            set(arena, dialog, "license", about.license());
            set(arena, dialog, "website", about.website());
            set(arena, dialog, "website-label", about.websiteLabel());
            if (about.authors() != null && !about.authors().isEmpty()) {
                MemorySegment list = arena.allocate(ValueLayout.ADDRESS, about.authors().size() + 1L);
                for (int i = 0; i < about.authors().size(); i++) list.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(about.authors().get(i)));
                GtkMenuFns.gtk_about_dialog_set_authors.h().invokeExact(dialog, list);
            }
        }
        GtkMenuFns.gtk_window_set_transient_for.h().invokeExact(dialog, window);
        GtkMenuFns.gtk_window_set_modal.h().invokeExact(dialog, 1);
        // run in a later turn: gtk_dialog_run nests a main loop, which must not start inside a menu's signal
        LinuxPlatform.later(() -> {
            try {
                int ignored = (int) GtkMenuFns.gtk_dialog_run.h().invokeExact(dialog);
                Gtk.gtk_widget_destroy.h().invokeExact(dialog);
            } catch (Throwable t) {
                throw new IllegalStateException("the about dialog failed", t);
            }
        });
    }

    private static void set(Arena arena, MemorySegment object, String property, String value) throws Throwable {
        if (value == null) return;
        GtkMenuFns.g_object_set_string.h().invokeExact(object, arena.allocateFrom(property), arena.allocateFrom(value), NULL);
    }

    @SuppressWarnings("unused")
    private static void onDeactivate(MemorySegment menu, MemorySegment data) {
        LinuxPlatform.later(() -> {
            try {
                Gtk.gtk_widget_destroy.h().invokeExact(menu);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }
}
