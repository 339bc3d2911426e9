package dev.tauri4j.webview;

/**
 * The native window around a webview: geometry, state and decorations. Every method runs on the UI thread.
 * Sizes and positions here are in the toolkit's logical pixels; the runtime converts to physical ones with
 * {@link #scaleFactor()}.
 */
public interface NativeWindow {

    /** The window title. */
    String title();

    /** Position and size of the area inside the frame (the webview), in screen coordinates. */
    Bounds inner();

    /** Position and size of the window with its frame as the window manager drew it (same as inner without one). */
    Bounds outer();

    /** Device pixels per logical pixel of the monitor the window is on. */
    int scaleFactor();

    /** What the window system reports about the window. */
    WindowStates states();

    /** Whether the desktop theme is dark. */
    boolean darkTheme();

    /** Resizes the inner area. */
    void resize(int width, int height);

    /** Moves the window's outer top-left corner. */
    void move(int x, int y);

    /** The smallest inner size; null removes the limit. */
    void setMinSize(Integer width, Integer height);

    /** The largest inner size; null removes the limit. */
    void setMaxSize(Integer width, Integer height);

    /** Centers the window on its monitor. */
    void center();

    /** Iconifies the window, or restores it. */
    void setMinimized(boolean minimized);

    /** Maximizes the window, or restores it. */
    void setMaximized(boolean maximized);

    /** Enters or leaves fullscreen. */
    void setFullscreen(boolean fullscreen);

    /** Brings the window to the front and gives it the keyboard focus. */
    void focus();

    /** Whether the user may resize the window. */
    void setResizable(boolean resizable);

    /** Shows or hides the title bar and borders. */
    void setDecorated(boolean decorated);

    /** Keeps the window above others, or not. */
    void setAlwaysOnTop(boolean onTop);

    /** Asks the window to close as the window manager's close button would: the close request comes first. */
    void requestClose();

    /** The page zoom (1.0 is 100 %). */
    void setZoom(double factor);

    /**
     * A rectangle in logical pixels.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     */
    record Bounds(int x, int y, int width, int height) {}

    /**
     * Window states as the window system reports them.
     *
     * @param visible     shown on screen (mapped)
     * @param minimized   iconified
     * @param maximized   maximized
     * @param fullscreen  fullscreen
     * @param focused     has the keyboard focus
     * @param resizable   the user may resize it
     * @param decorated   has a title bar and borders
     * @param alwaysOnTop kept above other windows
     */
    record WindowStates(boolean visible, boolean minimized, boolean maximized, boolean fullscreen, boolean focused,
            boolean resizable, boolean decorated, boolean alwaysOnTop) {}
}
