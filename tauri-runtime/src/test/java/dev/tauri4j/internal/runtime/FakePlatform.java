package dev.tauri4j.internal.runtime;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.PlatformOptions;
import dev.tauri4j.internal.platform.SystemDirectories;
import dev.tauri4j.internal.platform.SystemOpener;
import dev.tauri4j.internal.platform.WebviewHandler;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * A platform without a display: dispatched tasks wait until the test runs them; evals and opened links are
 * recorded; its folders are made-up paths under /fake.
 */
public final class FakePlatform implements WebviewPlatform, NativeWebview {

    /** The app origin of the Linux and macOS webviews, which the fake uses unless told otherwise. */
    public static final String APP_ORIGIN = "tauri://localhost";

    public final Queue<Runnable> tasks = new ArrayDeque<>();
    public final List<String> evals = new ArrayList<>();
    public final List<String> opened = new ArrayList<>();
    private final String appOrigin;

    public FakePlatform() {
        this(APP_ORIGIN);
    }

    /** @param appOrigin the origin the app's pages get, as "http://tauri.localhost" on Windows */
    public FakePlatform(String appOrigin) {
        this.appOrigin = appOrigin;
    }

    @Override public void start(PlatformOptions options) {}
    @Override public void runLoop() {}
    @Override public synchronized void dispatch(Runnable task) { tasks.add(task); }
    @Override public boolean isUiThread() { return false; }
    @Override public NativeWebview open(WindowConfig window, String url, WebviewHandler handler) { return this; }
    @Override public void quit() {}
    @Override public String schemeOrigin(String scheme) { return appOrigin.replace("tauri", scheme); }
    @Override public boolean launchedByWebDriver() { return false; }
    @Override public dev.tauri4j.internal.platform.BridgeTransport bridgeTransport() { return dev.tauri4j.internal.ipc.BridgeScript.WEBKIT; }
    @Override public SystemOpener opener() { return opened::add; }

    @Override
    public SystemDirectories directories() {
        return new SystemDirectories() {
            @Override public Path resolve(Folder folder) { return Path.of("/fake", folder.name().toLowerCase(java.util.Locale.ROOT)); }
            @Override public Path appLog(String identifier) { return Path.of("/fake/logs", identifier); }
        };
    }

    /** Runs what was dispatched so far, like one turn of the UI loop. */
    public synchronized int runTasks() {
        int n = 0;
        Runnable r;
        while ((r = tasks.poll()) != null) {
            r.run();
            n++;
        }
        return n;
    }

    /** What the runtime asked of the (one) fake window's menus: the menu bar shown and where its clicks go. */
    public volatile dev.tauri4j.menu.Menu menuBar;
    public volatile dev.tauri4j.internal.platform.MenuClicks menuBarClicks;
    /** Context menus popped up, each with its position (null: at the pointer) and click sink. */
    public record Popup(dev.tauri4j.menu.MenuContainer menu, dev.tauri4j.internal.platform.NativeWindow.Bounds at,
            dev.tauri4j.internal.platform.MenuClicks clicks) {}
    public final List<Popup> popups = new ArrayList<>();
    public final List<String> editingCommands = new ArrayList<>();
    public final List<dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata> abouts = new ArrayList<>();

    @Override
    public void setMenu(dev.tauri4j.menu.Menu menu, dev.tauri4j.internal.platform.MenuClicks clicks) {
        menuBar = menu;
        menuBarClicks = clicks;
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu, dev.tauri4j.internal.platform.NativeWindow.Bounds at,
            dev.tauri4j.internal.platform.MenuClicks clicks) {
        popups.add(new Popup(menu, at, clicks));
    }

    @Override public void editingCommand(String command) { editingCommands.add(command); }
    @Override public void showAbout(dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata about) { abouts.add(about); }

    @Override public void eval(String script) { evals.add(script); }
    @Override public void load(String url) {}
    @Override public String url() { return null; }
    @Override public void setTitle(String title) {}
    @Override public void show() {}
    @Override public void hide() {}
    @Override public void close() {}
}
