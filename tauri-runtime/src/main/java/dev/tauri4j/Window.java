package dev.tauri4j;

import java.util.function.Consumer;

/**
 * A native window showing one webview; safe to use from any thread. Getters wait for the UI thread; setters are
 * queued to it. Sizes and positions are physical (device) pixels unless a method says logical. The runtime's windows
 * implement every method; the defaults only keep other implementations (test fakes) compiling.
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
    default long listen(String event, Consumer<Event> handler) {
        throw unsupported();
    }

    /** Runs JavaScript in the page; fire and forget. */
    void eval(String script);

    /** Changes the window title. */
    void setTitle(String title);

    /** The window title. */
    default String title() {
        throw unsupported();
    }

    /**
     * Destroys the window at once, without a close request (Tauri's {@code destroy}); closing the last window ends
     * the app.
     */
    void close();

    /**
     * Asks the window to close as its close button would: {@code tauri://close-requested} is emitted, and the window
     * stays open while a page listens to it through {@code onCloseRequested} (that page then decides).
     */
    default void requestClose() {
        throw unsupported();
    }

    /**
     * Decides on close requests in Java (Tauri's {@code CloseRequestApi::prevent_close}): the window stays open when
     * {@code allowClose} answers false; a page listening through {@code onCloseRequested} still decides after it.
     * Called on the UI thread for every request: keep it short. Replaces an earlier one; null removes it.
     */
    default void onCloseRequested(java.util.function.Predicate<Window> allowClose) {
        throw unsupported();
    }

    /** The size of the area inside the frame. */
    default PhysicalSize innerSize() {
        throw unsupported();
    }

    /** The size of the window with its frame. */
    default PhysicalSize outerSize() {
        throw unsupported();
    }

    /** The top-left corner of the area inside the frame, on the screen. */
    default PhysicalPosition innerPosition() {
        throw unsupported();
    }

    /** The top-left corner of the window with its frame, on the screen. */
    default PhysicalPosition outerPosition() {
        throw unsupported();
    }

    /** Device pixels per logical pixel. */
    default double scaleFactor() {
        throw unsupported();
    }

    /** Resizes the inner area to this logical size. */
    default void setSize(double logicalWidth, double logicalHeight) {
        throw unsupported();
    }

    /** Moves the window's outer top-left corner to this logical position. */
    default void setPosition(double logicalX, double logicalY) {
        throw unsupported();
    }

    /** Centers the window on its monitor. */
    default void center() {
        throw unsupported();
    }

    /** Shows the window. */
    default void show() {
        throw unsupported();
    }

    /** Hides the window. */
    default void hide() {
        throw unsupported();
    }

    /** Whether the window is shown. */
    default boolean isVisible() {
        throw unsupported();
    }

    /** Iconifies the window (needs a window manager). */
    default void minimize() {
        throw unsupported();
    }

    /** Restores an iconified window. */
    default void unminimize() {
        throw unsupported();
    }

    /** Whether the window is iconified. */
    default boolean isMinimized() {
        throw unsupported();
    }

    /** Maximizes the window (needs a window manager). */
    default void maximize() {
        throw unsupported();
    }

    /** Restores a maximized window. */
    default void unmaximize() {
        throw unsupported();
    }

    /** Whether the window is maximized. */
    default boolean isMaximized() {
        throw unsupported();
    }

    /** Enters or leaves fullscreen (needs a window manager). */
    default void setFullscreen(boolean fullscreen) {
        throw unsupported();
    }

    /** Whether the window is fullscreen. */
    default boolean isFullscreen() {
        throw unsupported();
    }

    /** Brings the window to the front and gives it the keyboard focus. */
    default void setFocus() {
        throw unsupported();
    }

    /** Whether the window has the keyboard focus. */
    default boolean isFocused() {
        throw unsupported();
    }

    /** Whether the user may resize the window. */
    default void setResizable(boolean resizable) {
        throw unsupported();
    }

    /** Shows or hides the title bar and borders. */
    default void setDecorations(boolean decorations) {
        throw unsupported();
    }

    /** Keeps the window above others, or not. */
    default void setAlwaysOnTop(boolean alwaysOnTop) {
        throw unsupported();
    }

    /**
     * This window's resource table: the objects its page holds by rid (images, menus, ...), freed when the window is
     * destroyed or its page is replaced. See {@link dev.tauri4j.plugin.Resources}.
     */
    default dev.tauri4j.plugin.Resources resources() {
        throw unsupported();
    }

    /** What the methods added after 0.1 throw in Window implementations that have no native window (test fakes). */
    private UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(getClass().getName() + " is not backed by a native window");
    }
}
