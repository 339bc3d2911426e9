package dev.tauri4j.internal.platform;

import dev.tauri4j.menu.MenuItemBase;

/** Where a backend reports a click on a menu item it shows (on the UI thread; must not block). */
@FunctionalInterface
public interface MenuClicks {

    /** {@code item} was clicked, or its accelerator pressed. */
    void clicked(MenuItemBase item);
}
