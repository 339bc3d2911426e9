package dev.tauri4j.internal.core.menu;

import dev.tauri4j.App;
import dev.tauri4j.Window;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What a click on a predefined item does: editing on the page, window states, quitting, the about dialog. */
final class PredefinedActions {

    private PredefinedActions() {}

    /** @param menuWindow the window whose menu it is; null for a tray menu (the editing items then have no page) */
    static void run(PredefinedMenuItem item, String menuWindow, App app, BiConsumer<String, Consumer<NativeWebview>> onUi) {
        // a tray menu belongs to no window: the window items do nothing, the about dialog goes over any window
        String label = menuWindow != null ? menuWindow : item.type() == PredefinedMenuItem.Type.ABOUT
                ? app.windows().stream().findFirst().map(Window::label).orElse(null) : null;
        Window window = label == null ? null : app.window(label).orElse(null);
        if (label == null && !List.of(PredefinedMenuItem.Type.HIDE, PredefinedMenuItem.Type.SHOW_ALL,
                PredefinedMenuItem.Type.QUIT).contains(item.type())) return;
        switch (item.type()) {
            case COPY, CUT, PASTE, SELECT_ALL, UNDO, REDO -> onUi.accept(label, v -> v.editingCommand(item.type().wireName()));
            case MINIMIZE -> { if (window != null) window.minimize(); }
            case MAXIMIZE -> { if (window != null) { if (window.isMaximized()) window.unmaximize(); else window.maximize(); } }
            case FULLSCREEN -> { if (window != null) window.setFullscreen(!window.isFullscreen()); }
            case CLOSE_WINDOW -> { if (window != null) window.requestClose(); }
            case HIDE -> app.windows().forEach(Window::hide);
            case SHOW_ALL -> app.windows().forEach(Window::show);
            case QUIT -> app.exit(0);
            case ABOUT -> {
                AboutMetadata about = item.about() != null ? item.about() : new AboutMetadata(app.config().productName(),
                        app.config().version(), null, null, null, null, null, null, null, null);
                onUi.accept(label, v -> v.showAbout(about));
            }
            case SEPARATOR, HIDE_OTHERS, SERVICES, BRING_ALL_TO_FRONT -> { } // nothing to do on Linux and Windows
        }
    }
}
