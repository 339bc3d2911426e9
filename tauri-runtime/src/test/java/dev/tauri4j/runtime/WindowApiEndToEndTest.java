package dev.tauri4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code @tauri-apps/api}'s app, window, webview and path modules against {@link WindowApiApp} in real GTK windows
 * under Xvfb. What the window system does is checked from outside with xdotool; what Java listeners heard comes back
 * through a command. The tests up to order 49 run with no window manager (Xvfb alone); from order 50 openbox manages
 * the windows, because minimize, maximize and fullscreen are requests only a window manager grants.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowApiEndToEndTest {

    private static TauriDriver app;
    private static Path home;
    private static String display;
    private static Process windowManager;

    @BeforeAll
    static void launch() throws IOException {
        home = Files.createTempDirectory("tauri4j-winapi-");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/user-dirs.dirs"), "# xdg-user-dirs\nXDG_MUSIC_DIR=\"$HOME/Musik-test\"\nXDG_DESKTOP_DIR=\"$HOME/\"\n");
        Path config = Path.of("target/test-classes/winapi/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(WindowApiApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dtauri.resourceDir=" + home.resolve("resources"))
                .env("XDG_DATA_HOME", home.resolve("data").toString())
                .env("XDG_CONFIG_HOME", home.resolve("config").toString())
                .env("XDG_CACHE_HOME", home.resolve("cache").toString()));
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
        display = (String) invoke("displayName");
    }

    @AfterAll
    static void close() {
        if (windowManager != null) windowManager.destroy();
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    private static Object js(String body, Object... args) {
        return app.executeAsync(body, args);
    }

    private static Object invoke(String command) {
        return js("return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1] || {})", command, Map.of());
    }

    private static Object invoke(String command, Map<String, Object> args) {
        return js("return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])", command, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> javaHeard(String via, String event) {
        return ((List<Map<String, Object>>) invoke("javaEvents")).stream()
                .filter(e -> e.get("via").equals(via) && e.get("event").equals(event)).toList();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        // generous: a passing wait returns at once, and a loaded machine (CI with other builds) delays the window manager
        waitFor(what, Duration.ofSeconds(30), condition);
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what + windowManagerState());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the window manager was doing when a wait timed out: the evidence a flaky run needs. */
    private static String windowManagerState() {
        if (windowManager == null) return "";
        String log;
        try {
            log = Files.readString(home.resolve("openbox.log"));
        } catch (IOException e) {
            log = e.toString();
        }
        return "\nopenbox alive: " + windowManager.isAlive() + (windowManager.isAlive() ? "" : " (exit " + windowManager.exitValue() + ")")
                + "\nroot _NET_SUPPORTING_WM_CHECK: " + x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")
                + "\nroot _NET_ACTIVE_WINDOW: " + x("xprop", "-root", "_NET_ACTIVE_WINDOW")
                + "\nwindows: " + x("wmctrl", "-l", "-G")
                + "\nopenbox log:\n" + log;
    }

    /** Runs xdotool (or another X client) on the app's display and returns its output. */
    static String x(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test: sudo apt-get install xdotool x11-utils openbox wmctrl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The one X window with this title, once the X server has it (requests reach it asynchronously). */
    private static String windowId(String title) {
        waitFor("one X window titled '" + title + "'", () -> {
            String ids = x("xdotool", "search", "--name", "^" + title + "$");
            return !ids.isEmpty() && !ids.contains("\n");
        });
        return x("xdotool", "search", "--name", "^" + title + "$");
    }

    /** Waits until {@code command}'s output contains {@code expected}; X requests are applied asynchronously. */
    private static void waitForX(String expected, String... command) {
        waitFor(String.join(" ", command) + " to show " + expected, () -> x(command).contains(expected));
    }

    @Test
    @Order(1)
    void appNameVersionIdentifierAndTauriVersion() {
        Map<String, Object> r = map(js("""
                const a = window.api.app;
                return { name: await a.getName(), version: await a.getVersion(), identifier: await a.getIdentifier(),
                         tauri: await a.getTauriVersion() };"""));
        assertThat(r).containsEntry("name", "tauri4j-winapi").containsEntry("version", "3.4.5")
                .containsEntry("identifier", "dev.tauri4j.winapi").containsEntry("tauri", AppCommands.version());
        assertThat(AppCommands.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    @Order(2)
    void aTitleSetFromJsIsTheXWindowsName() {
        js("await window.api.win.getCurrentWindow().setTitle('Renamed by JS')");
        String id = windowId("Renamed by JS");
        assertThat(x("xdotool", "getwindowname", id)).isEqualTo("Renamed by JS");
        assertThat(js("return window.api.win.getCurrentWindow().title()")).isEqualTo("Renamed by JS");
        assertThat(map(invoke("javaWindow", Map.of("label", "main")))).containsEntry("title", "Renamed by JS");
        js("await window.api.win.getCurrentWindow().setTitle('winapi main')");
    }

    @Test
    @Order(3)
    void sizeAndPositionChangeTheXWindowAndEmitResizeAndMoveToJsAndJava() {
        js("window.seen.length = 0; const w = window.api.win.getCurrentWindow(); await w.setSize(new window.api.dpi.LogicalSize(500, 400));");
        waitFor("the page to hear tauri://resize 500x400", () -> (Boolean) js(
                "return window.seen.some(e => e.event === 'resize' && e.payload.width === 500 && e.payload.height === 400)"));
        assertThat(map(js("return window.api.win.getCurrentWindow().innerSize()"))).containsEntry("width", 500L).containsEntry("height", 400L);
        String id = windowId("winapi main");
        waitForX("Geometry: 500x400", "xdotool", "getwindowgeometry", id);
        waitFor("Java listeners to hear the resize", () -> javaHeard("main", "tauri://resize").stream()
                .anyMatch(e -> e.get("payload").equals(Map.of("width", 500L, "height", 400L))));
        assertThat(javaHeard("app", "tauri://resize")).isNotEmpty();

        js("await window.api.win.getCurrentWindow().setPosition(new window.api.dpi.LogicalPosition(120, 80))");
        waitFor("the page to hear tauri://move to 120,80", () -> (Boolean) js(
                "return window.seen.some(e => e.event === 'move' && e.payload.x === 120 && e.payload.y === 80)"));
        assertThat(map(js("return window.api.win.getCurrentWindow().outerPosition()"))).containsEntry("x", 120L).containsEntry("y", 80L);
        waitForX("Position: 120,80", "xdotool", "getwindowgeometry", id);
        waitFor("Java listeners to hear the move", () -> javaHeard("main", "tauri://move").stream()
                .anyMatch(e -> e.get("payload").equals(Map.of("x", 120L, "y", 80L))));

        // physical units, and the Java API
        js("await window.api.win.getCurrentWindow().setSize(new window.api.dpi.PhysicalSize(520, 410))");
        waitForX("Geometry: 520x410", "xdotool", "getwindowgeometry", id);
        invoke("javaResize", Map.of("label", "main", "width", 560, "height", 420));
        waitFor("the page to hear the resize the Java API made", () -> (Boolean) js(
                "return window.seen.some(e => e.event === 'resize' && e.payload.width === 560 && e.payload.height === 420)"));
        invoke("javaMove", Map.of("label", "main", "x", 40, "y", 30));
        waitFor("the Java API's move", () -> x("xdotool", "getwindowgeometry", id).contains("Position: 40,30"));
        Map<String, Object> java = map(invoke("javaWindow", Map.of("label", "main")));
        assertThat(java).containsEntry("innerSize", Map.of("width", 560L, "height", 420L))
                .containsEntry("outerPosition", Map.of("x", 40L, "y", 30L)).containsEntry("scaleFactor", 1L)
                .containsEntry("visible", true);
    }

    @Test
    @Order(4)
    void minAndMaxSizeBoundTheWindowAndCanBeRemoved() {
        Map<String, Object> r = map(js("""
                const { LogicalSize } = window.api.dpi;
                const w = window.api.win.getCurrentWindow();
                const settle = () => new Promise(r => setTimeout(r, 300));
                await w.setMinSize(new LogicalSize(300, 200));
                await w.setSize(new LogicalSize(100, 100)); await settle();
                const small = await w.innerSize();
                await w.setMaxSize(new LogicalSize(600, 500));
                await w.setSize(new LogicalSize(2000, 2000)); await settle();
                const large = await w.innerSize();
                await w.setMinSize(null); await w.setMaxSize(null);
                await w.setSize(new LogicalSize(200, 150)); await settle();
                const free = await w.innerSize();
                await w.setSizeConstraints({ minWidth: 320, maxHeight: 350 });
                await w.setSize(new LogicalSize(100, 900)); await settle();
                const constrained = await w.innerSize();
                await w.setSizeConstraints({});
                await w.setSize(new LogicalSize(640, 480)); await settle();
                return { small: [small.width, small.height], large: [large.width, large.height], free: [free.width, free.height],
                         constrained: [constrained.width, constrained.height] };"""));
        assertThat(r).containsEntry("small", List.of(300L, 200L)).containsEntry("large", List.of(600L, 500L))
                .containsEntry("free", List.of(200L, 150L)).containsEntry("constrained", List.of(320L, 350L));
    }

    @Test
    @Order(5)
    void flagsScaleFactorAndTheme() {
        Map<String, Object> r = map(js("""
                const w = window.api.win.getCurrentWindow();
                const out = { scale: await w.scaleFactor(), theme: await w.theme(), visible: await w.isVisible(),
                              resizable: await w.isResizable(), decorated: await w.isDecorated(), onTop: await w.isAlwaysOnTop() };
                await w.setResizable(false); out.resizableAfter = await w.isResizable(); await w.setResizable(true);
                await w.setDecorations(false); out.decoratedAfter = await w.isDecorated(); await w.setDecorations(true);
                await w.setAlwaysOnTop(true); out.onTopAfter = await w.isAlwaysOnTop(); await w.setAlwaysOnTop(false);
                await w.center(); await new Promise(r => setTimeout(r, 300));
                const size = await w.outerSize(), pos = await w.outerPosition();
                out.centered = [pos.x * 2 + size.width, pos.y * 2 + size.height];
                return out;"""));
        assertThat(r).containsEntry("scale", 1L).containsEntry("theme", "light").containsEntry("visible", true)
                .containsEntry("resizable", true).containsEntry("resizableAfter", false)
                .containsEntry("decorated", true).containsEntry("decoratedAfter", false)
                .containsEntry("onTop", false).containsEntry("onTopAfter", true)
                .containsEntry("centered", List.of(1280L, 1024L)); // the 1280x1024 Xvfb screen, margins equal on both sides
    }

    @Test
    @Order(6)
    void theCurrentWebviewFillsItsWindowAndZooms() {
        Map<String, Object> r = map(js("""
                const wv = window.api.webview.getCurrentWebview();
                const ww = window.api.webviewWindow.getCurrentWebviewWindow();
                const all = await window.api.webview.getAllWebviews();
                const before = window.innerWidth;
                await wv.setZoom(2);
                await new Promise(r => setTimeout(r, 300));
                const zoomed = window.innerWidth;
                await wv.setZoom(1);
                await wv.hide();
                await new Promise(r => setTimeout(r, 300));
                const hidden = document.visibilityState;
                await wv.show();
                await new Promise(r => setTimeout(r, 300));
                const shown = document.visibilityState;
                const size = await wv.size(), inner = await ww.innerSize(), pos = await wv.position();
                return { label: wv.label, windowLabel: wv.window.label, wwLabel: ww.label, hidden, shown,
                         all: all.map(w => w.label + '@' + w.window.label), ratio: before / zoomed,
                         size: [size.width, size.height], inner: [inner.width, inner.height], pos: [pos.x, pos.y] };"""));
        assertThat(r).containsEntry("label", "main").containsEntry("windowLabel", "main").containsEntry("wwLabel", "main")
                .containsEntry("hidden", "hidden").containsEntry("shown", "visible")
                .containsEntry("pos", List.of(0L, 0L));
        assertThat(r.get("all")).asList().contains("main@main");
        assertThat(r.get("size")).isEqualTo(r.get("inner"));
        assertThat(((Number) r.get("ratio")).doubleValue()).isBetween(1.9, 2.1);
    }

    @Test
    @Order(6)
    void aBackgroundColorShowsWhereThePageIsTransparent() throws IOException {
        js("""
                document.documentElement.style.background = 'transparent';
                document.body.style.background = 'transparent';
                await window.api.webviewWindow.getCurrentWebviewWindow().setBackgroundColor([200, 30, 40]);
                await new Promise(r => setTimeout(r, 300));""");
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(app.screenshotPng()));
        Files.write(Path.of("target/winapi-background.png"), app.screenshotPng());
        int rgb = shot.getRGB(shot.getWidth() - 5, shot.getHeight() - 5) & 0xffffff;
        js("""
                await window.api.webview.getCurrentWebview().setBackgroundColor(null);
                document.documentElement.style.background = ''; document.body.style.background = '';""");
        assertThat(Integer.toHexString(rgb)).isEqualTo(Integer.toHexString(0xc81e28));
        assertThat(js("""
                try { await window.api.webview.getCurrentWebview().setBackgroundColor('red'); return 'accepted'; }
                catch (e) { return String(e); }""")).asString().contains("a color must be");
    }

    @Test
    @Order(7)
    void pathsFollowTauriRulesOnLinux() {
        Map<String, Object> r = map(js("""
                const p = window.api.path;
                const fail = async (f) => { try { await f(); return 'resolved'; } catch (e) { return String(e); } };
                return { appData: await p.appDataDir(), appConfig: await p.appConfigDir(), appCache: await p.appCacheDir(),
                         appLocalData: await p.appLocalDataDir(), appLog: await p.appLogDir(), data: await p.dataDir(),
                         font: await p.fontDir(), audio: await p.audioDir(), desktop: await fail(p.desktopDir),
                         video: await fail(p.videoDir), home: await p.homeDir(), resource: await p.resourceDir(),
                         res: await p.resolveResource('../icons/a.png'), temp: await p.tempDir(),
                         join: await p.join('a', 'b/../c', './d'), normalize: await p.normalize('/x/./y/../z/'),
                         base: await p.basename('/a/b/file.tar.gz', '.gz'), ext: await p.extname('/a/b/file.tar.gz'),
                         dir: await p.dirname('/a/b/file.txt'), abs: await p.isAbsolute('/a'), rel: await p.isAbsolute('a'),
                         resolved: await p.resolve('/tmp', 'x', '..', 'y'), sep: p.sep(), delimiter: p.delimiter(),
                         noExt: await fail(() => p.extname('/a/b/README')),
                         badDir: await fail(() => window.__TAURI_INTERNALS__.invoke('plugin:path|resolve_directory', { directory: 99 })) };"""));
        String data = home.resolve("data").toString();
        assertThat(r).containsEntry("appData", data + "/dev.tauri4j.winapi")
                .containsEntry("appLocalData", data + "/dev.tauri4j.winapi")
                .containsEntry("appLog", data + "/dev.tauri4j.winapi/logs")
                .containsEntry("appConfig", home.resolve("config") + "/dev.tauri4j.winapi")
                .containsEntry("appCache", home.resolve("cache") + "/dev.tauri4j.winapi")
                .containsEntry("data", data).containsEntry("font", data + "/fonts")
                .containsEntry("home", System.getProperty("user.home"))
                .containsEntry("audio", System.getProperty("user.home") + "/Musik-test")
                .containsEntry("resource", home.resolve("resources").toString())
                .containsEntry("res", home.resolve("resources") + "/_up_/icons/a.png")
                .containsEntry("join", "a/c/d").containsEntry("normalize", "/x/z/")
                .containsEntry("base", "file.tar").containsEntry("ext", "gz").containsEntry("dir", "/a/b")
                .containsEntry("abs", true).containsEntry("rel", false).containsEntry("resolved", "/tmp/y")
                .containsEntry("sep", "/").containsEntry("delimiter", ":")
                .containsEntry("noExt", "path does not have an extension");
        assertThat((String) r.get("desktop")).contains("unknown path").contains("XDG_DESKTOP_DIR");
        assertThat((String) r.get("video")).contains("unknown path").contains("XDG_VIDEOS_DIR");
        assertThat((String) r.get("badDir")).contains("directory 99 is not a BaseDirectory");
        assertThat((String) r.get("temp")).startsWith("/");
    }

    @Test
    @Order(8)
    void aWebviewWindowMadeInJsOpensWithItsOptions() {
        Map<String, Object> r = map(js("""
                const made = (label, options) => new Promise((resolve) => {
                  const w = new window.api.webviewWindow.WebviewWindow(label, options);
                  w.once('tauri://created', () => resolve('created'));
                  w.once('tauri://error', (e) => resolve('error: ' + e.payload));
                });
                return { ok: await made('fromjs', { url: 'winapi.html', title: 'made in js', width: 300, height: 200 }),
                         twice: await made('fromjs', { url: 'winapi.html' }),
                         bad: await made('badjs', { width: 'wide' }) };"""));
        assertThat(r).containsEntry("ok", "created");
        assertThat((String) r.get("twice")).contains("a window labelled 'fromjs' is already open");
        assertThat((String) r.get("bad")).contains("width must be a number");
        String id = windowId("made in js");
        waitFor("fromjs to be 300x200", () -> x("xdotool", "getwindowgeometry", id).contains("Geometry: 300x200"));
        assertThat(js("return (await window.api.webviewWindow.WebviewWindow.getByLabel('fromjs')).label")).isEqualTo("fromjs");
        js("await (await window.api.win.Window.getByLabel('fromjs')).destroy()");
        waitFor("fromjs to be gone", () -> !((List<?>) invoke("plugin:window|get_all_windows")).contains("fromjs"));
    }

    @Test
    @Order(9)
    void monitorsCursorAndTheme() {
        x("xdotool", "mousemove", "300", "200");
        Map<String, Object> r = map(js("""
                const w = window.api.win;
                const seen = [];
                const un = await w.getCurrentWindow().onThemeChanged((e) => seen.push(e.payload));
                const shape = (m) => m && { name: m.name, scale: m.scaleFactor, size: [m.size.width, m.size.height],
                                             pos: [m.position.x, m.position.y], work: [m.workArea.size.width, m.workArea.size.height] };
                const out = { current: shape(await w.currentMonitor()), primary: shape(await w.primaryMonitor()),
                              all: (await w.availableMonitors()).length, inside: shape(await w.monitorFromPoint(10, 10)),
                              outside: await w.monitorFromPoint(5000, 5000), cursor: await w.cursorPosition() };
                await window.api.app.setTheme('dark');
                out.dark = await w.getCurrentWindow().theme();
                await window.api.app.setTheme(null);
                out.after = await w.getCurrentWindow().theme();
                await new Promise(r => setTimeout(r, 300));
                out.seen = seen;
                await un();
                return out;"""));
        Map<String, Object> screen = map(r.get("current"));
        assertThat(screen).containsEntry("scale", 1L).containsEntry("size", List.of(1280L, 1024L)).containsEntry("pos", List.of(0L, 0L))
                .containsEntry("work", List.of(1280L, 1024L));
        assertThat(r.get("primary")).isEqualTo(screen);
        assertThat(r.get("inside")).isEqualTo(screen);
        assertThat(r).containsEntry("all", 1L).containsEntry("outside", null)
                .containsEntry("cursor", Map.of("x", 300L, "y", 200L))
                .containsEntry("dark", "dark").containsEntry("after", "light").containsEntry("seen", List.of("dark", "light"));
        waitFor("Java to hear the theme change", () -> !javaHeard("main", "tauri://theme-changed").isEmpty());

        Map<String, Object> inner = map(js("""
                const w = window.api.win.getCurrentWindow();
                await w.setCursorPosition(new window.api.dpi.LogicalPosition(15, 25));
                return w.innerPosition();"""));
        waitForX("x:" + ((Long) inner.get("x") + 15) + " y:" + ((Long) inner.get("y") + 25) + " ", "xdotool", "getmouselocation");
    }

    @Test
    @Order(10)
    void aSecondWindowIsListedAndTakesTheFocusWithFocusAndBlurEvents() {
        assertThat(invoke("openWindow", Map.of("label", "second"))).isEqualTo("second");
        waitFor("the second window to be listed", () -> ((List<?>) js(
                "return (await window.api.win.getAllWindows()).map(w => w.label)")).contains("second"));
        assertThat(js("return (await window.api.win.Window.getByLabel('second')).label")).isEqualTo("second");
        js("window.seen.length = 0; await (await window.api.win.Window.getByLabel('main')).setFocus();");
        waitFor("main to have the focus", () -> (Boolean) js("return window.api.win.getCurrentWindow().isFocused()"));
        js("await (await window.api.win.Window.getByLabel('second')).setFocus()");
        waitFor("second to have the focus", () -> (Boolean) js("return (await window.api.win.Window.getByLabel('second')).isFocused()"));
        assertThat(js("return window.api.win.getCurrentWindow().isFocused()")).isEqualTo(false);
        waitFor("the page of main to hear its blur", () -> (Boolean) js("return window.seen.some(e => e.event === 'blur')"));
        waitFor("Java to hear second's focus and main's blur", () -> !javaHeard("second", "tauri://focus").isEmpty()
                && !javaHeard("main", "tauri://blur").isEmpty());
        assertThat(js("return (await window.api.win.Window.getFocusedWindow()).label")).isEqualTo("second");
    }

    @Test
    @Order(11)
    void appHideAndShowHideAndShowEveryWindow() {
        js("await window.api.app.hide()");
        assertThat(js("return Promise.all(['main', 'second'].map(async l => (await window.api.win.Window.getByLabel(l)).isVisible()))"))
                .asList().containsExactly(false, false);
        waitFor("no visible app window on the X server", () -> x("xdotool", "search", "--onlyvisible", "--name", "^winapi ").isEmpty());
        js("await window.api.app.show()");
        assertThat(js("return Promise.all(['main', 'second'].map(async l => (await window.api.win.Window.getByLabel(l)).isVisible()))"))
                .asList().containsExactly(true, true);
        waitFor("main visible again on the X server", () -> !x("xdotool", "search", "--onlyvisible", "--name", "^winapi main$").isEmpty());
    }

    @Test
    @Order(12)
    void closeWithoutAPageListenerClosesTheWindowAfterTheRequest() {
        invoke("openWindow", Map.of("label", "closer"));
        waitFor("closer to open", () -> ((List<?>) invoke("plugin:window|get_all_windows")).contains("closer"));
        js("await (await window.api.win.Window.getByLabel('closer')).close()");
        waitFor("closer to be gone", () -> !((List<?>) invoke("plugin:window|get_all_windows")).contains("closer"));
        waitFor("Java to hear the request and the destruction", () -> !javaHeard("closer", "tauri://close-requested").isEmpty()
                && !javaHeard("closer", "tauri://destroyed").isEmpty());
    }

    @Test
    @Order(15)
    void clearingBrowsingDataEmptiesTheStorage() {
        js("localStorage.setItem('winapi-kept', 'yes')");
        reloadMain();
        assertThat(js("return localStorage.getItem('winapi-kept')")).as("storage survives a reload").isEqualTo("yes");
        js("await window.api.webview.getCurrentWebview().clearAllBrowsingData()");
        reloadMain();
        assertThat(js("return localStorage.getItem('winapi-kept')")).as("and is gone after clearAllBrowsingData").isNull();
    }

    private static void reloadMain() {
        app.driver().navigate().refresh();
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
    }

    @Test
    @Order(14)
    void aJavaCloseHandlerCanKeepTheWindowOpen() {
        invoke("openWindow", Map.of("label", "guarded"));
        waitFor("guarded to open", () -> ((List<?>) invoke("plugin:window|get_all_windows")).contains("guarded"));
        invoke("keepOpenOnce", Map.of("label", "guarded"));
        js("await (await window.api.win.Window.getByLabel('guarded')).close()");
        waitFor("Java to hear guarded's close request", () -> !javaHeard("guarded", "tauri://close-requested").isEmpty());
        js("await new Promise(r => setTimeout(r, 300))");
        assertThat(invoke("plugin:window|get_all_windows")).asList().contains("guarded");
        js("await (await window.api.win.Window.getByLabel('guarded')).close()");
        waitFor("guarded to close on the second request", () -> !((List<?>) invoke("plugin:window|get_all_windows")).contains("guarded"));
    }

    @Test
    @Order(13)
    void aPageListeningToCloseRequestedDecides() {
        String mainHandle = app.driver().getWindowHandle();
        java.util.Set<String> before = app.driver().getWindowHandles();
        invoke("openWindow", Map.of("label", "keeper"));
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > before.size());
        String keeper = app.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        app.driver().switchTo().window(keeper);
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ready: keeper"));
        js("window.stopKeeping = await window.api.win.getCurrentWindow().onCloseRequested((e) => e.preventDefault())");
        app.driver().switchTo().window(mainHandle);

        js("await (await window.api.win.Window.getByLabel('keeper')).close()");
        waitFor("Java to hear keeper's close request", () -> !javaHeard("keeper", "tauri://close-requested").isEmpty());
        js("await new Promise(r => setTimeout(r, 500))");
        assertThat(invoke("plugin:window|get_all_windows")).asList().contains("keeper");

        app.driver().switchTo().window(keeper);
        js("""
                await window.stopKeeping();
                await window.api.win.getCurrentWindow().onCloseRequested(() => window.api.event.emit('keeper-saw-close', 'bye'));""");
        app.driver().switchTo().window(mainHandle);
        js("await (await window.api.win.Window.getByLabel('keeper')).close()");
        waitFor("keeper to be destroyed by its page", () -> !((List<?>) invoke("plugin:window|get_all_windows")).contains("keeper"));
        assertThat(javaHeard("app", "keeper-saw-close")).isNotEmpty();
        assertThat(javaHeard("keeper", "tauri://destroyed")).isNotEmpty();
    }

    // ---- with a window manager

    @Test
    @Order(50)
    void openboxStartsManagingTheWindows() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
                .redirectOutput(home.resolve("openbox.log").toFile());
        pb.environment().put("DISPLAY", display);
        try {
            windowManager = pb.start();
        } catch (IOException e) {
            throw new AssertionError("openbox is needed for the window-manager tests: sudo apt-get install openbox", e);
        }
        waitFor("openbox to take over the display", () -> x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id"));
        // openbox frames the existing windows: the outer size now includes its title bar
        waitFor("the frame around main", () -> {
            Map<String, Object> r = map(js("const w = window.api.win.getCurrentWindow(); return { o: await w.outerSize(), i: await w.innerSize() }"));
            return (Long) map(r.get("o")).get("height") > (Long) map(r.get("i")).get("height");
        });
    }

    private static Object second(String call) {
        return js("const w = await window.api.win.Window.getByLabel('second'); return " + call);
    }

    @Test
    @Order(51)
    void maximizeUnmaximizeAndToggleMaximize() {
        second("w.maximize()");
        waitFor("second to be maximized", () -> (Boolean) second("w.isMaximized()"));
        assertThat((Long) map(second("w.innerSize()")).get("width")).isGreaterThan(1000);
        waitFor("Java to hear second's resize to the screen width", () -> javaHeard("second", "tauri://resize").stream()
                .anyMatch(e -> ((Number) map(e.get("payload")).get("width")).intValue() > 1000));
        second("w.unmaximize()");
        waitFor("second to be restored", () -> !(Boolean) second("w.isMaximized()"));
        second("w.toggleMaximize()");
        waitFor("toggleMaximize to maximize", () -> (Boolean) second("w.isMaximized()"));
        second("w.toggleMaximize()");
        waitFor("toggleMaximize to restore", () -> !(Boolean) second("w.isMaximized()"));
    }

    @Test
    @Order(52)
    void minimizeAndUnminimize() {
        String id = windowId("winapi second");
        second("w.minimize()");
        waitFor("second to be minimized", () -> (Boolean) second("w.isMinimized()"));
        waitForX("_NET_WM_STATE_HIDDEN", "xprop", "-id", id, "_NET_WM_STATE");
        second("w.unminimize()");
        waitFor("second to be restored", () -> !(Boolean) second("w.isMinimized()"));
        waitFor("_NET_WM_STATE_HIDDEN to go", () -> !x("xprop", "-id", id, "_NET_WM_STATE").contains("_NET_WM_STATE_HIDDEN"));
    }

    @Test
    @Order(53)
    void fullscreenCoversTheScreen() {
        second("w.setFullscreen(true)");
        waitFor("second to be fullscreen", () -> (Boolean) second("w.isFullscreen()"));
        waitFor("second to cover the 1280x1024 screen", () -> map(second("w.innerSize()")).equals(Map.of("width", 1280L, "height", 1024L)));
        second("w.setFullscreen(false)");
        waitFor("second to leave fullscreen", () -> !(Boolean) second("w.isFullscreen()"));
        waitFor("second to be smaller again", () -> (Long) map(second("w.innerSize()")).get("width") < 1280);
    }

    @Test
    @Order(54)
    void withoutDecorationsTheFrameGoes() {
        waitFor("second to have a frame", () -> (Long) map(second("w.outerSize()")).get("height") > (Long) map(second("w.innerSize()")).get("height"));
        second("w.setDecorations(false)");
        waitFor("the frame to go", () -> map(second("w.outerSize()")).equals(map(second("w.innerSize()"))));
        assertThat(second("w.isDecorated()")).isEqualTo(false);
        second("w.setDecorations(true)");
        waitFor("the frame to come back", () -> (Long) map(second("w.outerSize()")).get("height") > (Long) map(second("w.innerSize()")).get("height"));
    }

    @Test
    @Order(55)
    void theWindowManagersCloseGoesThroughCloseRequested() {
        invoke("openWindow", Map.of("label", "doomed"));
        waitFor("doomed to be mapped", () -> !x("xdotool", "search", "--onlyvisible", "--name", "^winapi doomed$").isEmpty());
        String id = windowId("winapi doomed");
        // wmctrl asks the window manager to close the window (_NET_CLOSE_WINDOW); openbox then sends WM_DELETE_WINDOW, as
        // its title bar's close button and Alt+F4 do, without depending on which window has the keyboard
        x("wmctrl", "-i", "-c", id);
        waitFor("doomed to be gone", () -> !((List<?>) invoke("plugin:window|get_all_windows")).contains("doomed"));
        assertThat(javaHeard("doomed", "tauri://close-requested")).isNotEmpty();
        assertThat(javaHeard("doomed", "tauri://destroyed")).isNotEmpty();
    }

    @Test
    @Order(56)
    void windowManagerHintsReachTheXWindow() {
        String id = windowId("winapi second");
        // openbox puts a window on every desktop by setting its desktop to 0xFFFFFFFF. The setters are asked again while
        // waiting: on a loaded machine openbox can still be busy with the previous test's frame changes.
        waitFor("openbox to apply above, skip-taskbar and all desktops", () -> {
            second("Promise.all([w.setAlwaysOnTop(true), w.setSkipTaskbar(true), w.setVisibleOnAllWorkspaces(true)])");
            String state = x("xprop", "-id", id, "_NET_WM_STATE");
            return state.contains("_NET_WM_STATE_ABOVE") && state.contains("_NET_WM_STATE_SKIP_TASKBAR")
                    && x("xprop", "-id", id, "_NET_WM_DESKTOP").endsWith("= 4294967295");
        });
        waitFor("below instead of above", () -> {
            second("Promise.all([w.setAlwaysOnTop(false), w.setAlwaysOnBottom(true), w.setSkipTaskbar(false)])");
            String state = x("xprop", "-id", id, "_NET_WM_STATE");
            return state.contains("_NET_WM_STATE_BELOW") && !state.contains("_NET_WM_STATE_ABOVE") && !state.contains("SKIP_TASKBAR");
        });
        second("Promise.all([w.setAlwaysOnBottom(false), w.setVisibleOnAllWorkspaces(false)])");
        waitFor("one desktop again", () -> !x("xprop", "-id", id, "_NET_WM_DESKTOP").endsWith("= 4294967295"));
        second("w.requestUserAttention(window.api.win.UserAttentionType.Critical)");
        waitFor("the urgency hint", () -> x("xprop", "-id", id, "WM_HINTS").toLowerCase().contains("urgen"));
        second("w.requestUserAttention(null)");
        waitFor("the urgency hint to clear", () -> !x("xprop", "-id", id, "WM_HINTS").toLowerCase().contains("urgen"));
        Map<String, Object> r = map(second("""
                (async () => {
                  const out = { closable: await w.isClosable(), enabled: await w.isEnabled() };
                  await w.setClosable(false); out.closableAfter = await w.isClosable(); await w.setClosable(true);
                  await w.setEnabled(false); out.enabledAfter = await w.isEnabled(); await w.setEnabled(true);
                  return out;
                })()"""));
        assertThat(r).containsEntry("closable", true).containsEntry("closableAfter", false)
                .containsEntry("enabled", true).containsEntry("enabledAfter", false);
    }

    @Test
    @Order(57)
    void pressingADragRegionMovesTheWindowAndADoubleClickMaximizesIt() {
        js("const w = window.api.win.getCurrentWindow(); await w.setPosition(new window.api.dpi.LogicalPosition(200, 150)); await w.setFocus();");
        String id = windowId("winapi main");
        waitFor("main at 200,150", () -> map(js("return window.api.win.getCurrentWindow().innerPosition()")).get("x").equals(200L + innerOffsetX()));
        // a real pointer gesture: the page asks for the move over IPC after the press, so on a busy machine the move can
        // start after the pointer went; then the gesture is tried again from where the window is (at most 3 times)
        dragged("main to follow the pointer by 120,100", () -> {
            Map<String, Object> inner = map(js("return window.api.win.getCurrentWindow().innerPosition()"));
            long x0 = (Long) inner.get("x");
            long y0 = (Long) inner.get("y");
            // press on the drag region (the blue bar at the top of the page), move the pointer, release
            x("xdotool", "mousemove", String.valueOf(x0 + 100), String.valueOf(y0 + 30), "mousedown", "1");
            js("await new Promise(r => setTimeout(r, 1000))");
            x("xdotool", "mousemove", String.valueOf(x0 + 180), String.valueOf(y0 + 90));
            js("await new Promise(r => setTimeout(r, 300))");
            x("xdotool", "mousemove", String.valueOf(x0 + 220), String.valueOf(y0 + 130), "mouseup", "1");
            return () -> {
                Map<String, Object> now = map(js("return window.api.win.getCurrentWindow().innerPosition()"));
                return now.get("x").equals(x0 + 120) && now.get("y").equals(y0 + 100);
            };
        });
        // a double click: the first press already starts a move, and the window manager may take the second press
        // (xdotool's clicks race the IPC round trip), so the page's side is checked with a synthetic second press
        js("document.getElementById('drag').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, detail: 2 }))");
        waitFor("a double click on the drag region to maximize main", () -> (Boolean) js("return window.api.win.getCurrentWindow().isMaximized()"));
        js("await window.api.win.getCurrentWindow().unmaximize()");
        waitFor("main restored", () -> !(Boolean) js("return window.api.win.getCurrentWindow().isMaximized()"));
        js("await window.api.win.getCurrentWindow().setResizable(false)");
        js("document.getElementById('drag').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, detail: 2 }))");
        js("await new Promise(r => setTimeout(r, 500))");
        assertThat(js("return window.api.win.getCurrentWindow().isMaximized()")).as("a window that cannot be resized stays as it is").isEqualTo(false);
        js("await window.api.win.getCurrentWindow().setResizable(true)");
        assertThat(x("xdotool", "getwindowname", id)).isEqualTo("winapi main");
    }

    /** Makes a pointer gesture and waits for its effect; a gesture the window manager missed is made again, up to 3 times. */
    private static void dragged(String what, java.util.function.Supplier<BooleanSupplier> gesture) {
        for (int attempt = 1; ; attempt++) {
            BooleanSupplier done = gesture.get();
            try {
                waitFor(what, Duration.ofSeconds(attempt < 3 ? 8 : 30), done);
                return;
            } catch (AssertionError missed) {
                if (attempt == 3) throw missed;
                x("xdotool", "mouseup", "1"); // let go, whatever state the missed gesture left
            }
        }
    }

    /** How far the inner area sits right of the frame's left edge (openbox's border). */
    private static long innerOffsetX() {
        Map<String, Object> r = map(js("const w = window.api.win.getCurrentWindow(); return { i: await w.innerPosition(), o: await w.outerPosition() }"));
        return (Long) map(r.get("i")).get("x") - (Long) map(r.get("o")).get("x");
    }

    @Test
    @Order(58)
    void startResizeDraggingFollowsThePointerFromACorner() {
        js("""
                const w = window.api.win.getCurrentWindow();
                await w.setSize(new window.api.dpi.LogicalSize(500, 400));
                await w.setPosition(new window.api.dpi.LogicalPosition(100, 100));
                await w.setFocus();
                window.resizeFrom = (e) => { if (e.button === 0) w.startResizeDragging('SouthEast'); };
                document.getElementById('drag').removeAttribute('data-tauri-drag-region');
                document.getElementById('drag').addEventListener('mousedown', window.resizeFrom);""");
        waitFor("main at 500x400", () -> map(js("return window.api.win.getCurrentWindow().innerSize()")).equals(Map.of("width", 500L, "height", 400L)));
        dragged("main to grow by the pointer's way, 80x60", () -> {
            Map<String, Object> size = map(js("return window.api.win.getCurrentWindow().innerSize()"));
            Map<String, Object> inner = map(js("return window.api.win.getCurrentWindow().innerPosition()"));
            long x0 = (Long) inner.get("x") + 100;
            long y0 = (Long) inner.get("y") + 30;
            x("xdotool", "mousemove", String.valueOf(x0), String.valueOf(y0), "mousedown", "1");
            js("await new Promise(r => setTimeout(r, 1000))");
            x("xdotool", "mousemove", String.valueOf(x0 + 40), String.valueOf(y0 + 30));
            js("await new Promise(r => setTimeout(r, 300))");
            x("xdotool", "mousemove", String.valueOf(x0 + 80), String.valueOf(y0 + 60), "mouseup", "1");
            Map<String, Object> grown = Map.of("width", (Long) size.get("width") + 80, "height", (Long) size.get("height") + 60);
            return () -> map(js("return window.api.win.getCurrentWindow().innerSize()")).equals(grown);
        });
        assertThat(js("""
                try { await window.api.win.getCurrentWindow().startResizeDragging('Up'); return 'accepted'; }
                catch (e) { return String(e); }""")).asString().contains("resize direction must be one of");
        js("document.getElementById('drag').removeEventListener('mousedown', window.resizeFrom); document.getElementById('drag').setAttribute('data-tauri-drag-region', '')");
    }
}
