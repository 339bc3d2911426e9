package dev.tauri4j;

/** A native window showing one webview; safe to use from any thread. */
public interface Window {

    /** The window's unique label ("main" by default). */
    String label();

    /** Sends an event to this window only. */
    void emit(String event, Object payload);

    /** Runs JavaScript in the page; fire and forget. */
    void eval(String script);

    /** Changes the window title. */
    void setTitle(String title);

    /** Closes the window; closing the last window ends the app. */
    void close();
}
