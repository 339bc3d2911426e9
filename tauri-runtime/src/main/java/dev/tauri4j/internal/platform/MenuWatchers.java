package dev.tauri4j.internal.platform;

import dev.tauri4j.menu.MenuItemBase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Who shows a menu item right now: a backend registers a watcher for each item it draws (one per widget) and hears
 * of every change to the item's state or, for a menu or submenu, to its items. Watchers are called on the thread
 * that made the change; a backend hops to its UI thread itself. Deregister when the widget goes.
 */
public final class MenuWatchers {

    private static final Map<MenuItemBase, List<Consumer<MenuItemBase>>> WATCHERS = new IdentityHashMap<>();

    private MenuWatchers() {}

    /** Calls {@code watcher} after each change of {@code item}. */
    public static synchronized void watch(MenuItemBase item, Consumer<MenuItemBase> watcher) {
        WATCHERS.computeIfAbsent(item, k -> new ArrayList<>()).add(watcher);
    }

    /** Stops calling {@code watcher} for {@code item}. */
    public static synchronized void unwatch(MenuItemBase item, Consumer<MenuItemBase> watcher) {
        List<Consumer<MenuItemBase>> list = WATCHERS.get(item);
        if (list == null) return;
        list.remove(watcher);
        if (list.isEmpty()) WATCHERS.remove(item);
    }

    /** How many watchers {@code item} has (for tests: widgets that are gone must not leak theirs). */
    public static synchronized int count(MenuItemBase item) {
        List<Consumer<MenuItemBase>> list = WATCHERS.get(item);
        return list == null ? 0 : list.size();
    }

    /** Tells the watchers of {@code item} that it changed. */
    public static void changed(MenuItemBase item) {
        List<Consumer<MenuItemBase>> copy;
        synchronized (MenuWatchers.class) {
            List<Consumer<MenuItemBase>> list = WATCHERS.get(item);
            if (list == null) return;
            copy = List.copyOf(list);
        }
        for (Consumer<MenuItemBase> w : copy) w.accept(item);
    }
}
