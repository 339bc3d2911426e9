package dev.tauri4j.internal.platform;

/** What a webview reports to the runtime; every callback runs on the UI thread and must not block. */
public interface WebviewHandler {

    /** The window's label, used to attribute scheme requests to their window. */
    String label();

    /** JavaScript that runs in the top frame at document start, before any page script. */
    String initScript();

    /** A script message posted by the page (IPC). */
    void onMessage(String message);

    /**
     * Whether the webview may navigate to {@code uri}.
     *
     * @param newWindow true when the page asked for a new window ({@code target=_blank})
     */
    boolean allowNavigation(String uri, boolean newWindow);

    /** A new document was committed (a load or reload): page state is gone. */
    void onPageCommitted(String uri);

    /** The window was destroyed. */
    void onClosed();

    /** The window moved or was resized; the values are logical pixels. */
    default void onConfigured(NativeWindow.Bounds outer, NativeWindow.Bounds inner) {}

    /** The window gained or lost the keyboard focus. */
    default void onFocusChanged(boolean focused) {}

    /** The desktop (or app) theme turned dark or light. */
    default void onThemeChanged(boolean dark) {}

    /** The window moved to a monitor with another scale factor. */
    default void onScaleChanged(double scaleFactor) {}

    /**
     * The user (or {@link NativeWindow#requestClose}) asked to close the window.
     *
     * @return true to let the window close now, false to keep it open (the app decides later)
     */
    default boolean onCloseRequested() {
        return true;
    }
}
