package dev.tauri4j.menu;

import java.util.List;

/**
 * A menu: a window's menu bar ({@code Window.setMenu}), the app menu ({@code App.setMenu}: every window without one
 * of its own) or a context menu ({@code Window.popupMenu}). Its items are {@link Submenu}s and items; on Linux a menu
 * bar may also hold plain items.
 *
 * <pre>{@code
 * Menu menu = Menu.builder()
 *     .submenu("File", file -> file.text("open", "Open", "CmdOrCtrl+O").separator().predefined(PredefinedMenuItem.Type.QUIT))
 *     .build();
 * window.setMenu(menu);
 * app.onMenuEvent(e -> System.out.println(e.id()));
 * }</pre>
 */
public final class Menu extends MenuContainer {

    Menu(String id, List<MenuItemBase> items) {
        super(id, items);
    }

    /** A menu of these items, with a generated id. */
    public static Menu of(MenuItemBase... items) {
        return new Menu(null, List.of(items));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MENU;
    }

    /** Builds a {@link Menu}. */
    public static final class Builder extends ItemsBuilder<Builder> {

        Builder() {}

        /** The menu. */
        public Menu build() {
            return new Menu(id, items);
        }
    }
}
