package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.internal.platform.MenuClicks;
import dev.tauri4j.internal.platform.MenuWatchers;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.IconMenuItem;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.menu.TextItem;
import dev.tauri4j.plugin.Image;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Menu objects drawn as GTK widgets, as muda does: one widget per item and place it is shown, each watching its item
 * (through {@link MenuWatchers}) and brought up to date on the UI thread after every change; a menu bar or menu
 * ({@link Shell}) rebuilds its items when the container's list changes. A widget's "destroy" ends its watch.
 */
final class GtkMenuTree {

    /**
     * Where the clicks of a tree go and its accelerators live.
     *
     * @param clicks     the runtime's click sink
     * @param accelGroup the window's accelerator group, or NULL (context menus have no accelerators)
     */
    record Context(MenuClicks clicks, MemorySegment accelGroup) {}

    private static final Map<Long, Node> NODES = new ConcurrentHashMap<>();
    private static final Map<Long, Shell> SHELLS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static final int ICON_SIZE = 16;
    // set while we change widgets ourselves: gtk_check_menu_item_set_active emits "activate", which is no click
    private static boolean updating;

    private GtkMenuTree() {}

    private static final class Stubs {
        static final MemorySegment ACTIVATE = Native.upcall(GtkMenuTree.class, "onActivate", null, PTR, PTR);
        static final MemorySegment ITEM_DESTROY = Native.upcall(GtkMenuTree.class, "onItemDestroy", null, PTR, PTR);
        static final MemorySegment SHELL_DESTROY = Native.upcall(GtkMenuTree.class, "onShellDestroy", null, PTR, PTR);
    }

    /** A GtkMenuBar or GtkMenu showing the items of a container. */
    static final class Shell {
        final long id = IDS.incrementAndGet();
        final MemorySegment widget;
        final MenuContainer container;
        final Context context;
        private List<MenuItemBase> shown = List.of();
        private final List<MemorySegment> children = new ArrayList<>();
        private Consumer<MenuItemBase> rootWatcher;
        private boolean gone;

        Shell(MemorySegment widget, MenuContainer container, Context context) {
            this.widget = widget;
            this.container = container;
            this.context = context;
        }

        /** Makes this the root of a tree: it watches its container itself and stops when its widget goes. */
        Shell root() {
            SHELLS.put(id, this);
            rootWatcher = i -> LinuxPlatform.later(this::sync);
            MenuWatchers.watch(container, rootWatcher);
            GLib.connect(widget, "destroy", Stubs.SHELL_DESTROY, MemorySegment.ofAddress(id));
            sync();
            return this;
        }

        /** Rebuilds the items when the container's list is not the one shown. */
        void sync() {
            if (gone) return;
            List<MenuItemBase> now = container.items();
            if (sameItems(now, shown)) return;
            try {
                for (MemorySegment child : children) Gtk.gtk_widget_destroy.h().invokeExact(child);
                children.clear();
                for (MenuItemBase item : now) {
                    Node node = Node.create(item, context);
                    if (node == null) continue;
                    GtkMenuFns.gtk_menu_shell_append.h().invokeExact(widget, node.widget);
                    children.add(node.widget);
                }
            } catch (Throwable t) {
                throw new IllegalStateException("could not draw the items of " + container, t);
            }
            shown = now;
        }

        private static boolean sameItems(List<MenuItemBase> a, List<MenuItemBase> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
            return true;
        }
    }

    /** The widget of one item in one place. */
    private static final class Node {
        final long id = IDS.incrementAndGet();
        final MenuItemBase item;
        final Context context;
        final MemorySegment widget;
        MemorySegment label = NULL;
        MemorySegment image = NULL;
        Shell submenu;
        int accelKey, accelMods;
        boolean gone;
        final Consumer<MenuItemBase> watcher = i -> LinuxPlatform.later(this::refresh);

        private Node(MenuItemBase item, Context context, MemorySegment widget) {
            this.item = item;
            this.context = context;
            this.widget = widget;
        }

        /** The widget for {@code item}, or null for a predefined item Linux does not show. */
        static Node create(MenuItemBase item, Context context) throws Throwable {
            if (item instanceof PredefinedMenuItem p && !p.type().shownOnLinux()) return null;
            boolean separator = item instanceof PredefinedMenuItem p && p.type() == PredefinedMenuItem.Type.SEPARATOR;
            MemorySegment widget;
            try (Arena arena = Arena.ofConfined()) {
                if (separator) widget = (MemorySegment) GtkMenuFns.gtk_separator_menu_item_new.h().invokeExact();
                else if (item instanceof CheckMenuItem) widget = (MemorySegment) GtkMenuFns.gtk_check_menu_item_new_with_mnemonic.h().invokeExact(arena.allocateFrom(""));
                else widget = (MemorySegment) GtkMenuFns.gtk_menu_item_new_with_mnemonic.h().invokeExact(arena.allocateFrom(""));
            }
            Node node = new Node(item, context, widget);
            NODES.put(node.id, node);
            MemorySegment data = MemorySegment.ofAddress(node.id);
            GLib.connect(widget, "destroy", Stubs.ITEM_DESTROY, data);
            if (!separator) {
                node.label = (MemorySegment) GtkMenuFns.gtk_bin_get_child.h().invokeExact(widget);
                if (item instanceof IconMenuItem || item instanceof Submenu s && s.icon() != null) node.withImage();
                if (item instanceof Submenu s) {
                    MemorySegment menu = (MemorySegment) GtkMenuFns.gtk_menu_new.h().invokeExact();
                    GtkMenuFns.gtk_menu_item_set_submenu.h().invokeExact(widget, menu);
                    node.submenu = new Shell(menu, s, context);
                } else {
                    GLib.connect(widget, "activate", Stubs.ACTIVATE, data); // a submenu's "activate" only opens it
                }
                if (item instanceof PredefinedMenuItem p && p.type().shortcut() != null) node.showShortcut(p.type().shortcut());
            }
            MenuWatchers.watch(item, node.watcher);
            node.refresh();
            Gtk.gtk_widget_show_all.h().invokeExact(widget);
            return node;
        }

        /** Puts an image before the label (in a box, as muda does: GtkImageMenuItem is deprecated). */
        private void withImage() throws Throwable {
            MemorySegment keep = (MemorySegment) GLib.g_object_ref.h().invokeExact(label);
            GtkMenuFns.gtk_container_remove.h().invokeExact(widget, label);
            MemorySegment box = (MemorySegment) GtkMenuFns.gtk_box_new.h().invokeExact(GtkMenuFns.ORIENTATION_HORIZONTAL, 6);
            image = (MemorySegment) GtkMenuFns.gtk_image_new.h().invokeExact();
            GtkMenuFns.gtk_box_pack_start.h().invokeExact(box, image, 0, 0, 0);
            GtkMenuFns.gtk_box_pack_start.h().invokeExact(box, label, 1, 1, 0);
            Gtk.gtk_container_add.h().invokeExact(widget, box);
            GLib.g_object_unref.h().invokeExact(keep);
        }

        private void showShortcut(String shortcut) throws Throwable {
            int[] key = GtkAccelerators.of(dev.tauri4j.internal.platform.Accelerator.parse(shortcut));
            GtkMenuFns.gtk_accel_label_set_accel.h().invokeExact(label, key[0], key[1]);
        }

        /** Brings the widget in line with the item (UI thread). */
        void refresh() {
            if (gone) return;
            boolean was = updating;
            updating = true;
            try {
                switch (item) {
                    case TextItem t -> {
                        text(t.text());
                        GtkMenuFns.gtk_widget_set_sensitive.h().invokeExact(widget, t.isEnabled() ? 1 : 0);
                        accelerator(t.accelerator());
                        if (t instanceof CheckMenuItem c) GtkMenuFns.gtk_check_menu_item_set_active.h().invokeExact(widget, c.isChecked() ? 1 : 0);
                        if (t instanceof IconMenuItem i) icon(i.icon());
                    }
                    case Submenu s -> {
                        text(s.text());
                        GtkMenuFns.gtk_widget_set_sensitive.h().invokeExact(widget, s.isEnabled() ? 1 : 0);
                        icon(s.icon());
                        submenu.sync();
                    }
                    case PredefinedMenuItem p -> { if (!label.equals(NULL)) text(p.text()); }
                    case MenuContainer other -> { }
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("could not update the widget of " + item, t);
            } finally {
                updating = was;
            }
        }

        private void text(String text) throws Throwable {
            try (Arena arena = Arena.ofConfined()) {
                GtkMenuFns.gtk_label_set_text_with_mnemonic.h().invokeExact(label, arena.allocateFrom(mnemonic(text)));
            }
        }

        private void accelerator(String accelerator) throws Throwable {
            if (context.accelGroup().equals(NULL)) return;
            if (accelKey != 0) {
                int ignored = (int) GtkMenuFns.gtk_widget_remove_accelerator.h().invokeExact(widget, context.accelGroup(), accelKey, accelMods);
                accelKey = 0;
            }
            if (accelerator == null) return;
            int[] key = GtkAccelerators.of(dev.tauri4j.internal.platform.Accelerator.parse(accelerator));
            if (key[0] == 0) return;
            try (Arena arena = Arena.ofConfined()) {
                GtkMenuFns.gtk_widget_add_accelerator.h().invokeExact(widget, arena.allocateFrom("activate"),
                        context.accelGroup(), key[0], key[1], GtkMenuFns.ACCEL_VISIBLE);
            }
            accelKey = key[0];
            accelMods = key[1];
        }

        private void icon(Image icon) throws Throwable {
            if (image.equals(NULL)) return;
            if (icon == null) {
                GtkMenuFns.gtk_image_clear.h().invokeExact(image);
                return;
            }
            MemorySegment bytes = GLib.bytes(icon.rgba(), 0, icon.width() * icon.height() * 4);
            MemorySegment pixbuf = (MemorySegment) GtkMenuFns.gdk_pixbuf_new_from_bytes.h().invokeExact(bytes, 0, 1, 8,
                    icon.width(), icon.height(), icon.width() * 4);
            GLib.g_bytes_unref.h().invokeExact(bytes);
            int w = Math.max(1, Math.round((float) icon.width() * ICON_SIZE / Math.max(1, icon.height())));
            MemorySegment scaled = (MemorySegment) GtkMenuFns.gdk_pixbuf_scale_simple.h().invokeExact(pixbuf, w, ICON_SIZE,
                    GtkMenuFns.INTERP_BILINEAR);
            GtkMenuFns.gtk_image_set_from_pixbuf.h().invokeExact(image, scaled);
            GLib.g_object_unref.h().invokeExact(scaled);
            GLib.g_object_unref.h().invokeExact(pixbuf);
        }
    }

    /** Tauri's {@code &} mnemonics ({@code &&} for an ampersand) in GTK's {@code _} syntax. */
    static String mnemonic(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') b.append("__");
            else if (c == '&' && i + 1 < text.length() && text.charAt(i + 1) == '&') { b.append('&'); i++; }
            else if (c == '&') b.append('_');
            else b.append(c);
        }
        return b.toString();
    }

    // ---- signal callbacks (UI thread); the user data is a node or shell id

    @SuppressWarnings("unused")
    private static void onActivate(MemorySegment widget, MemorySegment data) {
        if (updating) return;
        Node node = NODES.get(data.address());
        if (node != null && !node.gone) node.context.clicks().clicked(node.item);
    }

    @SuppressWarnings("unused")
    private static void onItemDestroy(MemorySegment widget, MemorySegment data) {
        Node node = NODES.remove(data.address());
        if (node == null) return;
        node.gone = true;
        MenuWatchers.unwatch(node.item, node.watcher);
    }

    @SuppressWarnings("unused")
    private static void onShellDestroy(MemorySegment widget, MemorySegment data) {
        Shell shell = SHELLS.remove(data.address());
        if (shell == null) return;
        shell.gone = true;
        MenuWatchers.unwatch(shell.container, shell.rootWatcher);
    }
}
