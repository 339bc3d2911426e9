package dev.tauri4j.internal.core.menu;

import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.Window;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.NativeWindow;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.MenuEvent;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.TextItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The app's menus, as Tauri keeps them: the app menu (shown by every window without one of its own, and by windows
 * that open later), each window's menu, the JS handler channels by item id, and the Java listeners. Clicks arrive
 * here from the platform; events go out in order on one virtual thread, never on the UI thread.
 */
public final class AppMenus {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.menu");

    /** A window's menu, and whether it is the app menu (replaced when the app menu changes). */
    private record WindowMenu(Menu menu, boolean appWide) {}

    private final App app;
    private final BiConsumer<String, Consumer<NativeWebview>> onUi;
    private final Map<String, WindowMenu> windowMenus = new ConcurrentHashMap<>();
    private final Map<String, Channel<String>> channels = new ConcurrentHashMap<>();
    private final List<Consumer<MenuEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("tauri-menu-events").factory());
    private volatile Menu appMenu;

    /**
     * @param app  the app
     * @param onUi runs a change on the UI thread against the native webview of the window with that label (nothing
     *             when it is closed)
     */
    public AppMenus(App app, BiConsumer<String, Consumer<NativeWebview>> onUi) {
        this.app = app;
        this.onUi = onUi;
    }

    /** Sets (null: removes) the menu bar of window {@code label}; returns the menu it had. */
    public synchronized Menu setWindowMenu(String label, Menu menu) {
        WindowMenu previous = menu == null ? windowMenus.remove(label) : windowMenus.put(label, new WindowMenu(menu, false));
        show(label, menu);
        return previous == null ? null : previous.menu();
    }

    /** The menu window {@code label} shows, or null. */
    public Menu windowMenu(String label) {
        WindowMenu m = windowMenus.get(label);
        return m == null ? null : m.menu();
    }

    /**
     * Sets (null: removes) the app menu and shows it in every window that has no menu or has the app menu, as Tauri
     * does on Linux and Windows; returns the previous app menu.
     */
    public synchronized Menu setAppMenu(Menu menu) {
        Menu previous = appMenu;
        appMenu = menu;
        for (Window w : app.windows()) {
            WindowMenu current = windowMenus.get(w.label());
            if (current == null || current.appWide()) applyAppMenu(w.label());
        }
        return previous;
    }

    /** The app menu, or null. */
    public Menu appMenu() {
        return appMenu;
    }

    /** A window opened: it shows the app menu, if there is one. */
    public synchronized void windowOpened(String label) {
        if (appMenu != null && !windowMenus.containsKey(label)) applyAppMenu(label);
    }

    /** A window is gone: its menu with it. */
    public void windowClosed(String label) {
        windowMenus.remove(label);
    }

    private void applyAppMenu(String label) {
        Menu menu = appMenu;
        if (menu == null) windowMenus.remove(label);
        else windowMenus.put(label, new WindowMenu(menu, true));
        show(label, menu);
    }

    private void show(String label, Menu menu) {
        onUi.accept(label, v -> v.setMenu(menu, item -> clicked(label, item)));
    }

    /** Pops {@code menu} up in window {@code label} at a logical position from its top-left corner, or at the pointer. */
    public void popup(String label, MenuContainer menu, Double x, Double y) {
        NativeWindow.Bounds at = x == null ? null : new NativeWindow.Bounds((int) Math.round(x), (int) Math.round(y), 0, 0);
        onUi.accept(label, v -> v.popupMenu(menu, at, item -> clicked(label, item)));
    }

    /** Sends the ids of clicks on item {@code id} to a JS handler channel (the last one given for that id wins, as in Tauri). */
    public void channel(String id, Channel<String> channel) {
        channels.put(id, channel);
    }

    /** Adds a Java listener for every menu click. */
    public void listen(Consumer<MenuEvent> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** A click on {@code item} in a tray icon's menu (UI thread): a menu event with no window, as in Tauri. */
    public void trayClicked(MenuItemBase item) {
        clicked(null, item);
    }

    /** A click on {@code item} in window {@code label} (null: a tray menu), reported by the platform (UI thread). */
    public void clicked(String label, MenuItemBase item) {
        if (item instanceof CheckMenuItem check) check.setChecked(!check.isChecked());
        events.execute(() -> {
            try {
                if (item instanceof PredefinedMenuItem p) PredefinedActions.run(p, label, app, onUi);
                else deliver(new MenuEvent(item.id(), label), item);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "menu item " + item + " in window '" + label + "' failed", e);
            }
        });
    }

    private void deliver(MenuEvent event, MenuItemBase item) {
        if (item instanceof TextItem t && t.action() != null) guarded(() -> t.action().accept(event), item);
        for (Consumer<MenuEvent> l : listeners) guarded(() -> l.accept(event), item);
        Channel<String> channel = channels.get(event.id());
        if (channel != null && !channel.isClosed()) guarded(() -> channel.send(event.id()), item);
    }

    private static void guarded(Runnable r, MenuItemBase item) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a listener of menu item " + item + " failed", e);
        }
    }

    /** Stops the event thread (the app exits). */
    public void shutdown() {
        events.shutdown();
    }
}
