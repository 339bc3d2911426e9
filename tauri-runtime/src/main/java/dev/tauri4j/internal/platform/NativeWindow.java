package dev.tauri4j.internal.platform;

/**
 * The native window around a webview: geometry, state and decorations. Every method runs on the UI thread.
 * Sizes and positions here are in the toolkit's logical pixels; the runtime converts to physical ones with
 * {@link #scaleFactor()}.
 */
public interface NativeWindow {

    /** The toolkit's window pointer ({@code GtkWindow*}, {@code NSWindow*}, {@code HWND}), for plugins' native UI. */
    java.lang.foreign.MemorySegment handle();

    /** The window title. */
    String title();

    /** Position and size of the area inside the frame (the webview), in screen coordinates. */
    Bounds inner();

    /** Position and size of the window with its frame as the window manager drew it (same as inner without one). */
    Bounds outer();

    /** Device pixels per logical pixel of the monitor the window is on (1.25 for 125 %). */
    double scaleFactor();

    /** What the window system reports about the window. */
    WindowStates states();

    /** Whether the desktop theme is dark. */
    boolean darkTheme();

    /** Forces a dark or light theme, or null to follow the desktop again (some toolkits apply it to every window). */
    void setDarkTheme(Boolean dark);

    /** The monitor the window is on (the first one when the window is not shown). */
    Monitor currentMonitor();

    /** The primary monitor (the first one when none is marked primary). */
    Monitor primaryMonitor();

    /** Every monitor. */
    java.util.List<Monitor> monitors();

    /** The monitor holding this point of the screen, given in physical pixels; null when no monitor holds it. */
    Monitor monitorFromPoint(double x, double y);

    /** The pointer position on the screen, in logical pixels ({@code width} and {@code height} are 0). */
    Bounds cursorPosition();

    /** Moves the pointer to this logical position inside the window's inner area. */
    void warpCursor(int x, int y);

    /** Whether the window manager offers a close button. */
    void setClosable(boolean closable);

    /** Whether the window takes input at all. */
    void setEnabled(boolean enabled);

    /** Keeps the window out of the taskbar, or not. */
    void setSkipTaskbar(boolean skip);

    /** Keeps the window below others, or not. */
    void setAlwaysOnBottom(boolean onBottom);

    /** Marks the window as needing attention, or clears the mark. */
    void setUrgent(boolean urgent);

    /** Shows the window on every workspace, or on its own only. */
    void setVisibleOnAllWorkspaces(boolean all);

    /** Lets the user move the window with the pointer, from a button press that is in progress. */
    void startDragging();

    /** Lets the user resize the window with the pointer from one edge or corner, from a button press in progress. */
    void startResizeDragging(ResizeDirection edge);

    /** Whether the window may take the keyboard focus. */
    void setFocusable(boolean focusable);

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

    /** The window's background color as {r, g, b, a} (0-255), or null for the theme's. */
    void setBackgroundColor(int[] rgba);

    /** The color the webview shows where the page is transparent, {r, g, b, a} (0-255), or null for white. */
    void setWebviewBackgroundColor(int[] rgba);

    /**
     * Clears everything the web context stores (cookies, storage, caches, service workers); {@code done} runs on the
     * UI thread when the webview has finished, with null or the error.
     */
    void clearBrowsingData(java.util.function.Consumer<String> done);

    /** Shows or hides the webview inside its window (the window stays). */
    void setWebviewVisible(boolean visible);

    /** The page zoom (1.0 is 100 %). */
    void setZoom(double factor);

    /** Lets pointer events pass through the window to whatever is below it, or takes them again. */
    void setIgnoreCursorEvents(boolean ignore);

    /** The icon the window manager and taskbar show for the window; null goes back to the default. */
    void setIcon(dev.tauri4j.plugin.Image icon);

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
     * @param closable    the window manager offers a close button
     * @param enabled     takes input
     */
    record WindowStates(boolean visible, boolean minimized, boolean maximized, boolean fullscreen, boolean focused,
            boolean resizable, boolean decorated, boolean alwaysOnTop, boolean closable, boolean enabled) {}

    /**
     * A monitor in logical pixels.
     *
     * @param name        the model name, or null
     * @param scaleFactor device pixels per logical pixel
     * @param geometry    where the monitor sits in the screen
     * @param workArea    the part not taken by panels and docks
     */
    record Monitor(String name, double scaleFactor, Bounds geometry, Bounds workArea) {}
}
