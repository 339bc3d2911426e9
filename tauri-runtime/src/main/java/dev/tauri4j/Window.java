package dev.tauri4j;

import java.util.function.Consumer;

/**
 * A native window showing one webview; safe to use from any thread. Getters wait for the UI thread; setters are
 * queued to it. Sizes and positions are physical (device) pixels unless a method says logical.
 * Unit tests of code that takes a window use {@link dev.tauri4j.testing.FakeWindow}.
 */
public interface Window {

    /** The window's unique label ("main" by default). */
    String label();

    /** Sends an event to this window only. */
    void emit(String event, Object payload);

    /**
     * Listens in Java to events aimed at this window or at every window, such as {@code tauri://resize},
     * {@code tauri://move}, {@code tauri://focus}, {@code tauri://blur}, {@code tauri://close-requested} and
     * {@code tauri://destroyed}; the returned id goes to {@link App#unlisten}.
     */
    long listen(String event, Consumer<Event> handler);

    /** Runs JavaScript in the page; fire and forget. */
    void eval(String script);

    /** Changes the window title. */
    void setTitle(String title);

    /** The window title. */
    String title();

    /**
     * Destroys the window at once, without a close request (Tauri's {@code destroy}); closing the last window ends
     * the app.
     */
    void close();

    /**
     * Asks the window to close as its close button would: {@code tauri://close-requested} is emitted, and the window
     * stays open while a page listens to it through {@code onCloseRequested} (that page then decides).
     */
    void requestClose();

    /**
     * Decides on close requests in Java (Tauri's {@code CloseRequestApi::prevent_close}): the window stays open when
     * {@code allowClose} answers false; a page listening through {@code onCloseRequested} still decides after it.
     * Called on the UI thread for every request: keep it short. Replaces an earlier one; null removes it.
     */
    void onCloseRequested(java.util.function.Predicate<Window> allowClose);

    /** The size of the area inside the frame. */
    PhysicalSize innerSize();

    /** The size of the window with its frame. */
    PhysicalSize outerSize();

    /** The top-left corner of the area inside the frame, on the screen. */
    PhysicalPosition innerPosition();

    /** The top-left corner of the window with its frame, on the screen. */
    PhysicalPosition outerPosition();

    /** Device pixels per logical pixel. */
    double scaleFactor();

    /** Resizes the inner area to this logical size. */
    void setSize(double logicalWidth, double logicalHeight);

    /** Moves the window's outer top-left corner to this logical position. */
    void setPosition(double logicalX, double logicalY);

    /** Centers the window on its monitor. */
    void center();

    /** Shows the window. */
    void show();

    /** Hides the window. */
    void hide();

    /** Whether the window is shown. */
    boolean isVisible();

    /** Iconifies the window (needs a window manager). */
    void minimize();

    /** Restores an iconified window. */
    void unminimize();

    /** Whether the window is iconified. */
    boolean isMinimized();

    /** Maximizes the window (needs a window manager). */
    void maximize();

    /** Restores a maximized window. */
    void unmaximize();

    /** Whether the window is maximized. */
    boolean isMaximized();

    /** Enters or leaves fullscreen (needs a window manager). */
    void setFullscreen(boolean fullscreen);

    /** Whether the window is fullscreen. */
    boolean isFullscreen();

    /** Brings the window to the front and gives it the keyboard focus. */
    void setFocus();

    /** Whether the window has the keyboard focus. */
    boolean isFocused();

    /** Whether the user may resize the window. */
    void setResizable(boolean resizable);

    /** Shows or hides the title bar and borders. */
    void setDecorations(boolean decorations);

    /** Whether the window has a title bar and borders. */
    boolean isDecorated();

    /** Keeps the window above others, or not. */
    void setAlwaysOnTop(boolean alwaysOnTop);

    /**
     * The toolkit's window, for plugins that parent native UI to it (dialogs): a {@code GtkWindow*} on Linux, as
     * Tauri's {@code gtk_window()}. Use it only on the UI thread ({@link App#runOnMainThread}); NULL in test fakes.
     */
    java.lang.foreign.MemorySegment nativeHandle();

    /**
     * This window's resource table: the objects its page holds by rid (images, menus, ...), freed when the window is
     * destroyed or its page is replaced. See {@link dev.tauri4j.plugin.Resources}.
     */
    dev.tauri4j.plugin.Resources resources();

    /**
     * The URL of the page the window shows (the committed document, not changed by {@code history.pushState}), or
     * null before the first load; Tauri's {@code Webview::url}, which plugins use for the page's origin.
     */
    String url();

    /**
     * Shows {@code menu} as this window's menu bar (null removes it) and returns the menu it had; it replaces the app
     * menu in this window. See docs/menus.md.
     */
    dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu);

    /** The menu bar's menu (its own or the app menu), if it shows one. */
    java.util.Optional<dev.tauri4j.menu.Menu> menu();

    /** Shows {@code menu} as a context menu at the pointer. */
    void popupMenu(dev.tauri4j.menu.MenuContainer menu);

    /** Shows {@code menu} as a context menu at this logical position from the window's top-left corner. */
    void popupMenu(dev.tauri4j.menu.MenuContainer menu, double logicalX, double logicalY);

    /** Lets clicks and pointer moves pass through the window to what is below it (true), or takes them again (false). */
    void setIgnoreCursorEvents(boolean ignore);

    /** The window's icon in the window manager and taskbar; null goes back to the default. */
    void setIcon(dev.tauri4j.plugin.Image icon);

    /**
     * The app's progress bar on its dock entry, app-wide as in Tauri on Linux: a status other than {@code NONE}
     * shows it, {@code progress} (0 to 100) fills it; null keeps either. On Linux this is the Unity launcher signal for
     * the app's desktop entry, which a bundled app has; docks that do not know the entry show nothing.
     */
    void setProgressBar(ProgressBarStatus status, Integer progress);

    /** The app's badge count on its dock entry (app-wide); 0 or null removes it. Linux: as {@link #setProgressBar}. */
    void setBadgeCount(Long count);

    /** Whether the window has a maximize button; always true on Linux, as in Tauri. */
    boolean isMaximizable();

    /** Whether the window has a minimize button; always true on Linux, as in Tauri. */
    boolean isMinimizable();

    /** Whether the window manager offers a close button. */
    boolean isClosable();
}
