package dev.tauri4j.internal.core.menu;

import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata;
import dev.tauri4j.menu.PredefinedMenuItem.Type;
import dev.tauri4j.menu.Submenu;

/** Tauri's default menu as it is on Linux: Edit, Window and Help (with About); no File menu. */
final class DefaultMenu {

    /** Tauri's ids of the Window and Help submenus. */
    static final String WINDOW_SUBMENU_ID = "__tauri_window_menu__";
    static final String HELP_SUBMENU_ID = "__tauri_help_menu__";

    private DefaultMenu() {}

    static Menu of(TauriConfig config) {
        AboutMetadata about = new AboutMetadata(config.productName(), config.version(), null, null, null, null, null,
                null, null, null);
        return Menu.builder()
                .submenu("Edit", e -> e.predefined(Type.UNDO).predefined(Type.REDO).separator().predefined(Type.CUT)
                        .predefined(Type.COPY).predefined(Type.PASTE).predefined(Type.SELECT_ALL))
                .item(Submenu.builder("Window").id(WINDOW_SUBMENU_ID).item(PredefinedMenuItem.of(Type.MINIMIZE))
                        .item(PredefinedMenuItem.of(Type.MAXIMIZE)).item(PredefinedMenuItem.of(Type.CLOSE_WINDOW)).build())
                .item(Submenu.builder("Help").id(HELP_SUBMENU_ID).item(PredefinedMenuItem.about(null, about)).build())
                .build();
    }
}
