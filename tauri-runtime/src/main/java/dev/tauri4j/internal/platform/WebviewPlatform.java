package dev.tauri4j.internal.platform;

import dev.tauri4j.config.WindowConfig;

/**
 * The operating system's windowing and webview, behind one interface: the runtime's only per-OS seam.
 *
 * <p>One thread owns the UI: the thread that calls {@link #start}. Every method marked "UI thread" must run there;
 * {@link #dispatch} is how any other thread gets there.
 */
public interface WebviewPlatform {

    /** The implementation for this operating system. */
    static WebviewPlatform forCurrentOs() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) return new dev.tauri4j.internal.platform.linux.LinuxPlatform();
        throw new UnsupportedOperationException("tauri4j runs on Linux (GTK 3 + WebKitGTK 4.1) today; "
                + System.getProperty("os.name") + " (WKWebView / WebView2) is planned");
    }

    /** Initialises the toolkit on the calling thread, which becomes the UI thread; registers the schemes. */
    void start(PlatformOptions options);

    /**
     * Runs the UI loop until {@link #quit}. It returns on the UI thread, and the caller must end the process from
     * there: with GTK, letting that thread die makes WebKit's teardown hang the process.
     */
    void runLoop();

    /** Queues {@code task} to run on the UI thread; thread-safe, never blocks, never runs inline. */
    void dispatch(Runnable task);

    /** Whether the calling thread is the UI thread. */
    boolean isUiThread();

    /** Opens a window with a webview (UI thread). */
    NativeWebview open(WindowConfig window, String url, WebviewHandler handler);

    /** Leaves the UI loop (UI thread). */
    void quit();
}
