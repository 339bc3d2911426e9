package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.MenuClicks;
import dev.tauri4j.internal.platform.MenuWatchers;
import dev.tauri4j.internal.core.image.PngEncoder;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.IconMenuItem;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.menu.TextItem;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.SessionBus.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A tray icon's menu as {@code com.canonical.dbusmenu} (what StatusNotifierItem hosts draw from the item's
 * {@code Menu} property): the host reads the tree with {@code GetLayout}, clicks come back as {@code Event}s, and
 * every change to a shown item or menu is announced with {@code ItemsPropertiesUpdated} or {@code LayoutUpdated}.
 * Item 0 is the menu itself; the others keep their number as long as this object lives.
 */
final class DBusMenu implements DBusObject {

    static final String IFACE = "com.canonical.dbusmenu";
    static final String PATH = "/MenuBar";
    static final String LAYOUT = "(ia{sv}av)";
    static final String XML = """
            <node><interface name="com.canonical.dbusmenu">
              <property name="Version" type="u" access="read"/>
              <property name="TextDirection" type="s" access="read"/>
              <property name="Status" type="s" access="read"/>
              <property name="IconThemePath" type="as" access="read"/>
              <method name="GetLayout"><arg type="i" direction="in"/><arg type="i" direction="in"/><arg type="as" direction="in"/>
                <arg type="u" direction="out"/><arg type="(ia{sv}av)" direction="out"/></method>
              <method name="GetGroupProperties"><arg type="ai" direction="in"/><arg type="as" direction="in"/>
                <arg type="a(ia{sv})" direction="out"/></method>
              <method name="GetProperty"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
              <method name="Event"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="in"/>
                <arg type="u" direction="in"/></method>
              <method name="EventGroup"><arg type="a(isvu)" direction="in"/><arg type="ai" direction="out"/></method>
              <method name="AboutToShow"><arg type="i" direction="in"/><arg type="b" direction="out"/></method>
              <method name="AboutToShowGroup"><arg type="ai" direction="in"/><arg type="ai" direction="out"/>
                <arg type="ai" direction="out"/></method>
              <signal name="ItemsPropertiesUpdated"><arg type="a(ia{sv})"/><arg type="a(ias)"/></signal>
              <signal name="LayoutUpdated"><arg type="u"/><arg type="i"/></signal>
              <signal name="ItemActivationRequested"><arg type="i"/><arg type="u"/></signal>
            </interface></node>""";

    /** Where changes are announced (the bus, or a test's list). */
    interface Signals {
        void emit(String signal, String signature, Object... args) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.tray");
    private static final int MENU_ICON_SIZE = 48;

    private final MenuClicks clicks;
    private final Signals signals;
    private final Map<MenuItemBase, Integer> ids = new IdentityHashMap<>();
    private final Map<Integer, MenuItemBase> items = new HashMap<>();
    private final Map<MenuItemBase, Consumer<MenuItemBase>> watched = new IdentityHashMap<>();
    private MenuContainer root;
    private int revision = 1;
    private int nextId = 1;

    DBusMenu(MenuContainer root, MenuClicks clicks, Signals signals) {
        this.clicks = clicks;
        this.signals = signals;
        setRoot(root);
    }

    /** Shows another menu (null: an empty one); the host is told that the whole layout changed. */
    synchronized void setRoot(MenuContainer menu) {
        root = menu;
        ids.clear();
        items.clear();
        if (menu != null) {
            ids.put(menu, 0);
            items.put(0, menu);
        }
        rewatch();
        layoutChanged(0);
    }

    /** Stops watching the items (the icon is gone). */
    synchronized void close() {
        for (Map.Entry<MenuItemBase, Consumer<MenuItemBase>> e : watched.entrySet()) MenuWatchers.unwatch(e.getKey(), e.getValue());
        watched.clear();
    }

    @Override
    public synchronized Reply call(String method, List<Object> args) throws Failure {
        switch (method) {
            case "GetLayout" -> {
                MenuItemBase parent = item((Integer) args.get(0));
                rewatch();
                return new Reply("(u" + LAYOUT + ")", (long) revision, node(parent, (Integer) args.get(1), names(args.get(2))));
            }
            case "GetGroupProperties" -> {
                List<Object> out = new ArrayList<>();
                for (Object id : (List<?>) args.get(0)) {
                    MenuItemBase item = items.get((Integer) id);
                    if (item != null) out.add(List.of(id, properties(item, names(args.get(1)))));
                }
                return new Reply("(a(ia{sv}))", out);
            }
            case "GetProperty" -> {
                Object value = properties(item((Integer) args.get(0)), Set.of()).get((String) args.get(1));
                if (value == null) throw new Failure("org.freedesktop.DBus.Error.InvalidArgs", "no property " + args.get(1));
                return new Reply("(v)", value);
            }
            case "Event" -> {
                event((Integer) args.get(0), (String) args.get(1));
                return Reply.EMPTY;
            }
            case "EventGroup" -> {
                List<Object> missing = new ArrayList<>();
                for (Object e : (List<?>) args.get(0)) {
                    List<?> event = (List<?>) e;
                    if (!event((Integer) event.get(0), (String) event.get(1))) missing.add(event.get(0));
                }
                return new Reply("(ai)", missing);
            }
            case "AboutToShow" -> { return new Reply("(b)", false); } // the layout is always up to date
            case "AboutToShowGroup" -> { return new Reply("(aiai)", List.of(), List.of()); }
            default -> throw new Failure("org.freedesktop.DBus.Error.UnknownMethod", method);
        }
    }

    @Override
    public Variant property(String name) {
        return switch (name) {
            case "Version" -> new Variant("u", 3L);
            case "TextDirection" -> new Variant("s", "ltr");
            case "Status" -> new Variant("s", "normal");
            case "IconThemePath" -> new Variant("as", List.of());
            default -> null;
        };
    }

    /** A click ("clicked") on item {@code id}; false when there is no such item. */
    private boolean event(int id, String eventId) {
        MenuItemBase item = items.get(id);
        if (item == null) return false;
        if (eventId.equals("clicked") && !(item instanceof MenuContainer) && enabled(item)) clicks.clicked(item);
        return true;
    }

    private MenuItemBase item(int id) throws Failure {
        MenuItemBase item = items.get(id);
        if (item == null && id == 0) return null; // no menu: an empty root
        if (item == null) throw new Failure("org.freedesktop.DBus.Error.InvalidArgs", "no menu item " + id);
        return item;
    }

    /** One node of the layout, {@code (id, properties, children)}, with {@code depth} levels of children (-1: all). */
    List<Object> node(MenuItemBase item, int depth, Set<String> names) {
        int id = item == null ? 0 : idOf(item);
        Map<String, Object> props = item == null || item == root ? new LinkedHashMap<>(Map.of("children-display", "submenu"))
                : properties(item, names);
        List<Object> children = new ArrayList<>();
        if (depth != 0 && item instanceof MenuContainer c) {
            for (MenuItemBase child : c.items()) {
                if (child instanceof PredefinedMenuItem p && !p.type().shownOnLinux()) continue;
                children.add(new Variant(LAYOUT, node(child, depth < 0 ? -1 : depth - 1, names)));
            }
        }
        return List.of(id, props, children);
    }

    /** The dbusmenu properties of an item (only {@code names}, when not empty). */
    static Map<String, Object> properties(MenuItemBase item, Set<String> names) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (item) {
            case PredefinedMenuItem s when s.type() == PredefinedMenuItem.Type.SEPARATOR -> p.put("type", "separator");
            case PredefinedMenuItem s -> p.put("label", GtkMenuTree.mnemonic(s.text()));
            case TextItem t -> {
                p.put("label", GtkMenuTree.mnemonic(t.text()));
                p.put("enabled", t.isEnabled());
                if (t instanceof CheckMenuItem c) {
                    p.put("toggle-type", "checkmark");
                    p.put("toggle-state", c.isChecked() ? 1 : 0);
                }
            }
            case Submenu s -> {
                p.put("label", GtkMenuTree.mnemonic(s.text()));
                p.put("enabled", s.isEnabled());
                p.put("children-display", "submenu");
            }
            case MenuContainer m -> p.put("children-display", "submenu");
        }
        Image icon = item instanceof IconMenuItem i ? i.icon() : item instanceof Submenu s ? s.icon() : null;
        // a PNG file's bytes, as libdbusmenu reads icon-data; menus draw icons at 16 to 24 pixels
        if (icon != null) p.put("icon-data", PngEncoder.encode(StatusNotifierItem.fit(icon, MENU_ICON_SIZE)));
        p.put("visible", true);
        if (!names.isEmpty()) p.keySet().retainAll(names);
        return p;
    }

    private static boolean enabled(MenuItemBase item) {
        return !(item instanceof TextItem t) || t.isEnabled();
    }

    private int idOf(MenuItemBase item) {
        Integer id = ids.get(item);
        if (id == null) {
            id = nextId++;
            ids.put(item, id);
            items.put(id, item);
        }
        return id;
    }

    /** Watches exactly the items reachable from the root: a change to one is announced to the host. */
    private void rewatch() {
        Set<MenuItemBase> now = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (root != null) collect(root, now);
        for (MenuItemBase old : List.copyOf(watched.keySet())) {
            if (!now.contains(old)) MenuWatchers.unwatch(old, watched.remove(old));
        }
        for (MenuItemBase item : now) {
            if (watched.containsKey(item)) continue;
            Consumer<MenuItemBase> w = this::changed;
            watched.put(item, w);
            MenuWatchers.watch(item, w);
        }
    }

    private static void collect(MenuItemBase item, Set<MenuItemBase> into) {
        into.add(item);
        if (item instanceof MenuContainer c) for (MenuItemBase child : c.items()) collect(child, into);
    }

    private synchronized void changed(MenuItemBase item) {
        if (item instanceof MenuContainer) {
            rewatch();
            layoutChanged(idOf(item));
            return;
        }
        send("ItemsPropertiesUpdated", "(a(ia{sv})a(ias))", List.of(List.of(idOf(item), properties(item, Set.of()))), List.of());
    }

    private void layoutChanged(int parent) {
        revision++;
        send("LayoutUpdated", "(ui)", (long) revision, parent);
    }

    private void send(String signal, String signature, Object... args) {
        try {
            signals.emit(signal, signature, args);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not tell the tray host that the menu changed", e);
        }
    }

    private static Set<String> names(Object list) {
        Set<String> out = new java.util.HashSet<>();
        for (Object o : (List<?>) list) out.add((String) o);
        return out;
    }
}
