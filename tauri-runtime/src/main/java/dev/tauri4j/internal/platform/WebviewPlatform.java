package dev.tauri4j.internal.platform;

import dev.tauri4j.config.WindowConfig;

/**
 * The operating system's windowing and webview, behind one interface: the runtime's only per-OS seam.
 *
 * <p>One thread owns the UI: the thread that calls {@link #start}. Every method marked "UI thread" must run there;
 * {@link #dispatch} is how any other thread gets there.
 */
public interface WebviewPlatform {

    /** The implementation for this operating system, found through {@link PlatformProvider}. */
    static WebviewPlatform forCurrentOs() {
        return PlatformProvider.select(java.util.ServiceLoader.load(PlatformProvider.class, WebviewPlatform.class.getClassLoader()));
    }

    /**
     * The origin of the pages a custom scheme serves ({@code "tauri"}: {@code tauri://localhost} where the webview
     * takes custom schemes as they are, {@code http://tauri.localhost} where it maps them to http). Any thread, also
     * before {@link #start}.
     */
    String schemeOrigin(String scheme);

    /** What the JS bridge needs of this webview: its message handler, IPC CSP source, path separators (any thread). */
    BridgeTransport bridgeTransport();

    /** The operating system's folders (any thread, also before {@link #start}). */
    SystemDirectories directories();

    /** How URLs and files are handed to the system's default apps (any thread, also before {@link #start}). */
    SystemOpener opener();

    /** The session bus (any thread); platforms without D-Bus say so. */
    default dev.tauri4j.plugin.SessionBus sessionBus() throws java.io.IOException {
        throw new java.io.IOException("D-Bus is only available on Linux");
    }

    /**
     * Puts a tray icon on the desktop; its clicks go to {@code clicks}, clicks on items of its menu to {@code menuClicks},
     * on the UI thread. Without a tray host (a panel that shows tray icons) the icon waits for one; the warning says what to run.
     */
    default NativeTray createTray(String id, NativeTray.State state, java.util.function.Consumer<NativeTray.Click> clicks,
            MenuClicks menuClicks) throws java.io.IOException {
        throw new java.io.IOException("tray icons are only available on Linux");
    }

    /**
     * Shows progress or a count on the app's dock or taskbar entry, which is app-wide (any thread). {@code appName} is
     * the {@link dev.tauri4j.config.PackageName}, which names the app's desktop entry on Linux.
     */
    default void updateLauncher(String appName, LauncherUpdate update) throws java.io.IOException {
        throw new java.io.IOException("launcher progress and badges are only available on Linux");
    }

    /**
     * Whether this process was launched by the platform's WebDriver (so automation must be allowed even without
     * {@code --automation}). Any thread, also before {@link #start}.
     */
    boolean launchedByWebDriver();

    /** Initialises the toolkit on the calling thread, which becomes the UI thread; registers the schemes. */
    void start(PlatformOptions options);

    /**
     * Runs the UI loop until {@link #quit}. It returns on the UI thread, and the caller must end the process from
     * there: with some toolkits (GTK) letting that thread die hangs the process in the webview's teardown.
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
