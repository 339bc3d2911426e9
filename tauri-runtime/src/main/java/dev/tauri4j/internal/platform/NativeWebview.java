package dev.tauri4j.internal.platform;

/** One native window with its webview; every method runs on the UI thread. */
public interface NativeWebview {

    /** Runs JavaScript in the page's main frame; fire and forget. */
    void eval(String script);

    /** Navigates to {@code url}. */
    void load(String url);

    /** The URL currently shown, or null. */
    String url();

    /** Changes the title. */
    void setTitle(String title);

    /** Shows the window and brings it to the front. */
    void show();

    /** Hides the window. */
    void hide();

    /** Destroys the window; the handler's {@code onClosed} follows. */
    void close();

    /**
     * The window around this webview: geometry, state, decorations. Every platform implements it; the default only
     * keeps wrappers and test fakes written before it compiling.
     */
    default NativeWindow window() {
        throw new UnsupportedOperationException(getClass().getName() + " has no native window");
    }

    /**
     * Shows {@code menu} as this window's menu bar, above the webview, replacing the one shown (null removes it), and
     * keeps it in step with every later change of the menu and its items. Clicks go to {@code clicks}.
     */
    default void setMenu(dev.tauri4j.menu.Menu menu, MenuClicks clicks) {
        throw new UnsupportedOperationException(getClass().getName() + " has no native menus");
    }

    /**
     * Shows {@code menu} as a context menu at ({@code x}, {@code y}), logical pixels from the window's top-left
     * corner, or at the pointer when {@code at} is null; returns once it is shown. Clicks go to {@code clicks}.
     */
    default void popupMenu(dev.tauri4j.menu.MenuContainer menu, NativeWindow.Bounds at, MenuClicks clicks) {
        throw new UnsupportedOperationException(getClass().getName() + " has no native menus");
    }

    /**
     * Runs an editing command on the focused part of the page: {@code Copy}, {@code Cut}, {@code Paste},
     * {@code SelectAll}, {@code Undo} or {@code Redo} (the names of {@code document.execCommand}).
     */
    default void editingCommand(String command) {
        throw new UnsupportedOperationException(getClass().getName() + " has no editing commands");
    }

    /** Shows the toolkit's about dialog over this window. */
    default void showAbout(dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata about) {
        throw new UnsupportedOperationException(getClass().getName() + " has no about dialog");
    }
}
