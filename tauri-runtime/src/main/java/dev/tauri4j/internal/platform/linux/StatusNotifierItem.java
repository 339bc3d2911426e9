package dev.tauri4j.internal.platform.linux;

import dev.tauri4j.internal.platform.MenuClicks;
import dev.tauri4j.internal.platform.NativeTray;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.SessionBus.Variant;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A tray icon through freedesktop's StatusNotifierItem protocol, which KDE Plasma, XFCE, LXQt, Budgie and GNOME's
 * AppIndicator extension show: an {@code org.kde.StatusNotifierItem} object on the session bus, registered with the
 * panel's {@code org.kde.StatusNotifierWatcher}. The icon goes as ARGB pixels ({@code IconPixmap}), so no file is
 * written.
 */
final class StatusNotifierItem implements NativeTray, DBusObject {

    static final String ITEM = "org.kde.StatusNotifierItem";
    static final String WATCHER = "org.kde.StatusNotifierWatcher";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String XML = """
            <node><interface name="org.kde.StatusNotifierItem">
              <property name="Category" type="s" access="read"/>
              <property name="Id" type="s" access="read"/>
              <property name="Title" type="s" access="read"/>
              <property name="Status" type="s" access="read"/>
              <property name="WindowId" type="i" access="read"/>
              <property name="IconName" type="s" access="read"/>
              <property name="IconPixmap" type="a(iiay)" access="read"/>
              <property name="OverlayIconName" type="s" access="read"/>
              <property name="OverlayIconPixmap" type="a(iiay)" access="read"/>
              <property name="AttentionIconName" type="s" access="read"/>
              <property name="AttentionIconPixmap" type="a(iiay)" access="read"/>
              <property name="AttentionMovieName" type="s" access="read"/>
              <property name="ToolTip" type="(sa(iiay)ss)" access="read"/>
              <property name="ItemIsMenu" type="b" access="read"/>
              <property name="Menu" type="o" access="read"/>
              <method name="ContextMenu"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
              <method name="Activate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
              <method name="SecondaryActivate"><arg name="x" type="i" direction="in"/><arg name="y" type="i" direction="in"/></method>
              <method name="Scroll"><arg name="delta" type="i" direction="in"/><arg name="orientation" type="s" direction="in"/></method>
              <signal name="NewTitle"/><signal name="NewIcon"/><signal name="NewAttentionIcon"/><signal name="NewOverlayIcon"/>
              <signal name="NewToolTip"/><signal name="NewStatus"><arg name="status" type="s"/></signal>
            </interface></node>""";

    private final DBusSession bus;
    private final String id;
    private final String path;
    private final Consumer<Click> clicks;
    private volatile State state;
    private volatile int registration;
    private DBusMenu menu;
    private int menuRegistration;
    private AutoCloseable watcherChanges;
    private String registeredWith;
    private boolean closed;

    private StatusNotifierItem(DBusSession bus, String id, String path, State state, Consumer<Click> clicks) {
        this.bus = bus;
        this.id = id;
        this.path = path;
        this.state = state;
        this.clicks = clicks;
    }

    /**
     * Exports the item and tells the panel's watcher. Without a watcher the item waits for one (a warning says what to
     * run); it registers again whenever a watcher appears or restarts, as the SNI spec asks of items.
     */
    static StatusNotifierItem register(String id, State state, Consumer<Click> clicks, MenuClicks menuClicks) throws IOException {
        String path = "/org/tauri4j/tray/" + COUNT.incrementAndGet();
        // a connection per item: closing it is how the watcher learns that the item is gone
        DBusSession bus = DBusSession.openPrivate();
        StatusNotifierItem item = new StatusNotifierItem(bus, id, path, state, clicks);
        try {
            item.registration = bus.export(path, XML, ITEM, item);
            // exported even without a menu, so that one given later is there when the host reads Menu anew
            item.menu = new DBusMenu(state.menu(), menuClicks,
                    (signal, signature, args) -> bus.emit(DBusMenu.PATH, DBusMenu.IFACE, signal, signature, args));
            item.menuRegistration = bus.export(DBusMenu.PATH, DBusMenu.XML, DBusMenu.IFACE, item.menu);
            // before asking for the owner, so that a watcher starting in between is not missed
            item.watcherChanges = bus.subscribe(BUS, BUS, "NameOwnerChanged", "/org/freedesktop/DBus", args -> {
                if (WATCHER.equals(args.get(0))) item.watcherOwnerChanged((String) args.get(2));
            });
            String owner = watcherOwner(bus);
            if (owner == null) {
                LOG.log(System.Logger.Level.WARNING, "tray icon \"" + id + "\": " + NO_HOST + "; it is shown when a tray host starts");
            } else {
                item.announce(owner);
            }
        } catch (IOException | RuntimeException e) {
            item.remove();
            throw e;
        }
        return item;
    }

    private static final String BUS = "org.freedesktop.DBus";
    static final String NO_HOST = "no tray host is running: nothing owns " + WATCHER + " on the session bus. Fix: run a"
            + " panel that shows StatusNotifierItems (KDE Plasma, XFCE's xfce4-panel with its systray plugin,"
            + " LXQt; on GNOME the AppIndicator extension)";
    private static final System.Logger LOG = System.getLogger("dev.tauri4j.tray");

    /** The watcher's unique name, or null when none runs. */
    private static String watcherOwner(DBusSession bus) throws IOException {
        try {
            return (String) bus.call(BUS, "/org/freedesktop/DBus", BUS, "GetNameOwner", "(s)", WATCHER).getFirst();
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("NameHasNoOwner")) return null;
            throw e;
        }
    }

    /** On the UI thread: a watcher came (or came back); registering waits for its reply, so it runs off that thread. */
    private void watcherOwnerChanged(String owner) {
        if (owner.isEmpty()) {
            synchronized (this) {
                registeredWith = null;
            }
            return;
        }
        Thread.ofVirtual().name("tray-register").start(() -> {
            try {
                announce(owner);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "tray icon \"" + id + "\": the new tray host refused it: " + e.getMessage());
            }
        });
    }

    /** Registers with the watcher {@code owner}, once per watcher process. */
    private synchronized void announce(String owner) throws IOException {
        if (closed || owner.equals(registeredWith)) return;
        // the object path form: the watcher takes the caller's unique name as the service (KDE, XFCE, LXQt do)
        bus.call(owner, "/StatusNotifierWatcher", WATCHER, "RegisterStatusNotifierItem", "(s)", path);
        registeredWith = owner;
    }

    @Override
    public void update(State next) throws IOException {
        State before = state;
        state = next;
        if (!java.util.Objects.equals(before.icon(), next.icon())) bus.emit(path, ITEM, "NewIcon", "()");
        if (!java.util.Objects.equals(before.title(), next.title())) bus.emit(path, ITEM, "NewTitle", "()");
        if (!java.util.Objects.equals(before.tooltip(), next.tooltip())) bus.emit(path, ITEM, "NewToolTip", "()");
        if (before.visible() != next.visible()) bus.emit(path, ITEM, "NewStatus", "(s)", status(next));
        if (before.menu() != next.menu()) menu.setRoot(next.menu());
        if ((before.menu() == null) != (next.menu() == null)) {
            // the SNI spec has no signal for Menu: hosts that cache properties hear PropertiesChanged, the others
            // (xfce4-panel) read all properties anew on any New* signal
            bus.emit(path, "org.freedesktop.DBus.Properties", "PropertiesChanged", "(sa{sv}as)", ITEM,
                    java.util.Map.of("Menu", property("Menu")), List.of());
            bus.emit(path, ITEM, "NewTitle", "()");
        }
    }

    @Override
    public void remove() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        if (watcherChanges != null) {
            try {
                watcherChanges.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "unsubscribing from NameOwnerChanged", e);
            }
        }
        if (menu != null) menu.close();
        if (menuRegistration != 0) bus.unexport(menuRegistration);
        if (registration != 0) bus.unexport(registration);
        bus.close(); // the watcher drops the item when its name leaves the bus
    }

    @Override
    public Reply call(String method, List<Object> args) throws Failure {
        switch (method) {
            case "Activate" -> clicks.accept(new Click("Left", (Integer) args.get(0), (Integer) args.get(1)));
            case "SecondaryActivate" -> clicks.accept(new Click("Middle", (Integer) args.get(0), (Integer) args.get(1)));
            case "ContextMenu" -> clicks.accept(new Click("Right", (Integer) args.get(0), (Integer) args.get(1)));
            case "Scroll" -> { }
            default -> throw new Failure("org.freedesktop.DBus.Error.UnknownMethod", method);
        }
        return Reply.EMPTY;
    }

    @Override
    public Variant property(String name) {
        State s = state;
        return switch (name) {
            case "Category" -> new Variant("s", "ApplicationStatus");
            case "Id" -> new Variant("s", id);
            case "Title" -> new Variant("s", s.title() == null ? id : s.title());
            case "Status" -> new Variant("s", status(s));
            case "WindowId" -> new Variant("i", 0);
            case "IconName", "OverlayIconName", "AttentionIconName", "AttentionMovieName" -> new Variant("s", "");
            case "IconPixmap" -> new Variant("a(iiay)", pixmaps(s.icon()));
            case "OverlayIconPixmap", "AttentionIconPixmap" -> new Variant("a(iiay)", List.of());
            case "ToolTip" -> new Variant("(sa(iiay)ss)", List.of("", List.of(), s.tooltip() == null ? "" : s.tooltip(), ""));
            case "ItemIsMenu" -> new Variant("b", false);
            // no menu: hosts then send right clicks as ContextMenu calls, which become events
            case "Menu" -> new Variant("o", s.menu() == null ? "/NO_DBUSMENU" : DBusMenu.PATH);
            default -> null;
        };
    }

    /** Panels draw tray icons at 16 to 64 pixels; a bigger icon is scaled down (nearest pixel) to keep messages small. */
    private static final int MAX_SIZE = 64;

    static Image fit(Image icon, int max) {
        int w = icon.width(), h = icon.height();
        if (w <= max && h <= max) return icon;
        double f = (double) max / Math.max(w, h);
        int nw = Math.max(1, (int) Math.round(w * f)), nh = Math.max(1, (int) Math.round(h * f));
        byte[] src = icon.rgba(), out = new byte[nw * nh * 4];
        for (int y = 0; y < nh; y++) {
            for (int x = 0; x < nw; x++) {
                int sx = Math.min(w - 1, (int) (x / f)), sy = Math.min(h - 1, (int) (y / f));
                System.arraycopy(src, (sy * w + sx) * 4, out, (y * nw + x) * 4, 4);
            }
        }
        return Image.of(out, nw, nh);
    }

    private static String status(State s) {
        return s.visible() ? "Active" : "Passive";
    }

    /** The icon as SNI pixmaps: width, height and ARGB32 pixels in network byte order. */
    static List<Object> pixmaps(Image icon) {
        if (icon == null) return List.of();
        icon = fit(icon, MAX_SIZE);
        byte[] rgba = icon.rgba();
        byte[] argb = new byte[rgba.length];
        for (int i = 0; i < rgba.length; i += 4) {
            argb[i] = rgba[i + 3];
            argb[i + 1] = rgba[i];
            argb[i + 2] = rgba[i + 1];
            argb[i + 3] = rgba[i + 2];
        }
        return List.of(List.of(icon.width(), icon.height(), argb));
    }
}
