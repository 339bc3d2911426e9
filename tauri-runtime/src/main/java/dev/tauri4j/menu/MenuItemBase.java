package dev.tauri4j.menu;

import dev.tauri4j.internal.platform.MenuWatchers;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every menu and menu item has: an id (the one {@link MenuEvent}s carry) and a kind. Safe to use from any
 * thread; a change shows at once in every window that shows the item.
 */
public abstract sealed class MenuItemBase permits MenuContainer, TextItem, PredefinedMenuItem {

    private static final AtomicLong IDS = new AtomicLong();

    private final String id;

    MenuItemBase(String id) {
        // as muda, items without an id get a counter, so that events still name them
        this.id = id == null ? String.valueOf(IDS.incrementAndGet()) : id;
    }

    /** The id; generated ("1", "2", ...) when none was given. */
    public final String id() {
        return id;
    }

    /** The kind, as {@code @tauri-apps/api} names it. */
    public abstract ItemKind kind();

    /** Tells whoever shows this item that its state changed. */
    final void changed() {
        MenuWatchers.changed(this);
    }

    static String text(String text) {
        return Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return kind().wireName() + "[" + id + "]";
    }
}
