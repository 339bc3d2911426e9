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
}
