package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.core.app.AppCommands;
import static dev.tauri4j.internal.runtime.WindowApiSession.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * under Xvfb, with no window manager. What the window system does is checked from outside with xdotool; what Java
 * listeners heard comes back through a command. What needs a window manager is in {@link WindowManagerEndToEndIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowApiEndToEndIT {

    private static WindowApiSession s;

    @BeforeAll
    static void launch() throws IOException {
        s = WindowApiSession.start(null, () -> "");
    }

    @AfterAll
    static void close() {
        if (s != null) s.close();
    }

    @Test
    @Order(1)
    void appNameVersionIdentifierAndTauriVersion() {
        Map<String, Object> r = map(s.js("""
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
        s.js("await window.api.win.getCurrentWindow().setTitle('Renamed by JS')");
        String id = s.windowId("Renamed by JS");
        assertThat(s.x("xdotool", "getwindowname", id)).isEqualTo("Renamed by JS");
        assertThat(s.js("return window.api.win.getCurrentWindow().title()")).isEqualTo("Renamed by JS");
        assertThat(map(s.invoke("javaWindow", Map.of("label", "main")))).containsEntry("title", "Renamed by JS");
        s.js("await window.api.win.getCurrentWindow().setTitle('winapi main')");
    }

    @Test
    @Order(3)
    void sizeAndPositionChangeTheXWindowAndEmitResizeAndMoveToJsAndJava() {
        s.js("window.seen.length = 0; const w = window.api.win.getCurrentWindow(); await w.setSize(new window.api.dpi.LogicalSize(500, 400));");
        s.waitFor("the page to hear tauri://resize 500x400", () -> (Boolean) s.js(
                "return window.seen.some(e => e.event === 'resize' && e.payload.width === 500 && e.payload.height === 400)"));
        assertThat(map(s.js("return window.api.win.getCurrentWindow().innerSize()"))).containsEntry("width", 500L).containsEntry("height", 400L);
        String id = s.windowId("winapi main");
        s.waitForX("Geometry: 500x400", "xdotool", "getwindowgeometry", id);
        s.waitFor("Java listeners to hear the resize", () -> s.javaHeard("main", "tauri://resize").stream()
                .anyMatch(e -> e.get("payload").equals(Map.of("width", 500L, "height", 400L))));
        assertThat(s.javaHeard("app", "tauri://resize")).isNotEmpty();

        s.js("await window.api.win.getCurrentWindow().setPosition(new window.api.dpi.LogicalPosition(120, 80))");
        s.waitFor("the page to hear tauri://move to 120,80", () -> (Boolean) s.js(
                "return window.seen.some(e => e.event === 'move' && e.payload.x === 120 && e.payload.y === 80)"));
        assertThat(map(s.js("return window.api.win.getCurrentWindow().outerPosition()"))).containsEntry("x", 120L).containsEntry("y", 80L);
        s.waitForX("Position: 120,80", "xdotool", "getwindowgeometry", id);
        s.waitFor("Java listeners to hear the move", () -> s.javaHeard("main", "tauri://move").stream()
                .anyMatch(e -> e.get("payload").equals(Map.of("x", 120L, "y", 80L))));

        // physical units, and the Java API
        s.js("await window.api.win.getCurrentWindow().setSize(new window.api.dpi.PhysicalSize(520, 410))");
        s.waitForX("Geometry: 520x410", "xdotool", "getwindowgeometry", id);
        s.invoke("javaResize", Map.of("label", "main", "width", 560, "height", 420));
        s.waitFor("the page to hear the resize the Java API made", () -> (Boolean) s.js(
                "return window.seen.some(e => e.event === 'resize' && e.payload.width === 560 && e.payload.height === 420)"));
        s.invoke("javaMove", Map.of("label", "main", "x", 40, "y", 30));
        s.waitFor("the Java API's move", () -> s.x("xdotool", "getwindowgeometry", id).contains("Position: 40,30"));
        Map<String, Object> java = map(s.invoke("javaWindow", Map.of("label", "main")));
        assertThat(java).containsEntry("innerSize", Map.of("width", 560L, "height", 420L))
                .containsEntry("outerPosition", Map.of("x", 40L, "y", 30L)).containsEntry("scaleFactor", 1L)
                .containsEntry("visible", true);
    }

    @Test
    @Order(4)
    void minAndMaxSizeBoundTheWindowAndCanBeRemoved() {
        Map<String, Object> r = map(s.js("""
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
        Map<String, Object> r = map(s.js("""
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
        Map<String, Object> r = map(s.js("""
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
        s.js("""
                document.documentElement.style.background = 'transparent';
                document.body.style.background = 'transparent';
                await window.api.webviewWindow.getCurrentWebviewWindow().setBackgroundColor([200, 30, 40]);
                await new Promise(r => setTimeout(r, 300));""");
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(s.driver().screenshotPng()));
        Files.write(Path.of("target/winapi-background.png"), s.driver().screenshotPng());
        int rgb = shot.getRGB(shot.getWidth() - 5, shot.getHeight() - 5) & 0xffffff;
        s.js("""
                await window.api.webview.getCurrentWebview().setBackgroundColor(null);
                document.documentElement.style.background = ''; document.body.style.background = '';""");
        assertThat(Integer.toHexString(rgb)).isEqualTo(Integer.toHexString(0xc81e28));
        assertThat(s.js("""
                try { await window.api.webview.getCurrentWebview().setBackgroundColor('red'); return 'accepted'; }
                catch (e) { return String(e); }""")).asString().contains("a color must be");
    }

    @Test
    @Order(7)
    void pathsFollowTauriRulesOnLinux() {
        Map<String, Object> r = map(s.js("""
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
        String data = s.home().resolve("data").toString();
        assertThat(r).containsEntry("appData", data + "/dev.tauri4j.winapi")
                .containsEntry("appLocalData", data + "/dev.tauri4j.winapi")
                .containsEntry("appLog", data + "/dev.tauri4j.winapi/logs")
                .containsEntry("appConfig", s.home().resolve("config") + "/dev.tauri4j.winapi")
                .containsEntry("appCache", s.home().resolve("cache") + "/dev.tauri4j.winapi")
                .containsEntry("data", data).containsEntry("font", data + "/fonts")
                .containsEntry("home", System.getProperty("user.home"))
                .containsEntry("audio", System.getProperty("user.home") + "/Musik-test")
                .containsEntry("resource", s.home().resolve("resources").toString())
                .containsEntry("res", s.home().resolve("resources") + "/_up_/icons/a.png")
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
        Map<String, Object> r = map(s.js("""
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
        String id = s.windowId("made in js");
        s.waitFor("fromjs to be 300x200", () -> s.x("xdotool", "getwindowgeometry", id).contains("Geometry: 300x200"));
        assertThat(s.js("return (await window.api.webviewWindow.WebviewWindow.getByLabel('fromjs')).label")).isEqualTo("fromjs");
        s.js("await (await window.api.win.Window.getByLabel('fromjs')).destroy()");
        s.waitFor("fromjs to be gone", () -> !((List<?>) s.invoke("plugin:window|get_all_windows")).contains("fromjs"));
    }

    @Test
    @Order(9)
    void monitorsCursorAndTheme() {
        s.x("xdotool", "mousemove", "300", "200");
        Map<String, Object> r = map(s.js("""
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
        s.waitFor("Java to hear the theme change", () -> !s.javaHeard("main", "tauri://theme-changed").isEmpty());

        Map<String, Object> inner = map(s.js("""
                const w = window.api.win.getCurrentWindow();
                await w.setCursorPosition(new window.api.dpi.LogicalPosition(15, 25));
                return w.innerPosition();"""));
        s.waitForX("x:" + ((Long) inner.get("x") + 15) + " y:" + ((Long) inner.get("y") + 25) + " ", "xdotool", "getmouselocation");
    }

    @Test
    @Order(10)
    void aSecondWindowIsListedAndTakesTheFocusWithFocusAndBlurEvents() {
        assertThat(s.invoke("openWindow", Map.of("label", "second"))).isEqualTo("second");
        s.waitFor("the second window to be listed", () -> ((List<?>) s.js(
                "return (await window.api.win.getAllWindows()).map(w => w.label)")).contains("second"));
        assertThat(s.js("return (await window.api.win.Window.getByLabel('second')).label")).isEqualTo("second");
        s.js("window.seen.length = 0; await (await window.api.win.Window.getByLabel('main')).setFocus();");
        s.waitFor("main to have the focus", () -> (Boolean) s.js("return window.api.win.getCurrentWindow().isFocused()"));
        s.js("await (await window.api.win.Window.getByLabel('second')).setFocus()");
        s.waitFor("second to have the focus", () -> (Boolean) s.js("return (await window.api.win.Window.getByLabel('second')).isFocused()"));
        assertThat(s.js("return window.api.win.getCurrentWindow().isFocused()")).isEqualTo(false);
        s.waitFor("the page of main to hear its blur", () -> (Boolean) s.js("return window.seen.some(e => e.event === 'blur')"));
        s.waitFor("Java to hear second's focus and main's blur", () -> !s.javaHeard("second", "tauri://focus").isEmpty()
                && !s.javaHeard("main", "tauri://blur").isEmpty());
        assertThat(s.js("return (await window.api.win.Window.getFocusedWindow()).label")).isEqualTo("second");
    }

    @Test
    @Order(11)
    void appHideAndShowHideAndShowEveryWindow() {
        s.js("await window.api.app.hide()");
        assertThat(s.js("return Promise.all(['main', 'second'].map(async l => (await window.api.win.Window.getByLabel(l)).isVisible()))"))
                .asList().containsExactly(false, false);
        s.waitFor("no visible app window on the X server", () -> s.x("xdotool", "search", "--onlyvisible", "--name", "^winapi ").isEmpty());
        s.js("await window.api.app.show()");
        assertThat(s.js("return Promise.all(['main', 'second'].map(async l => (await window.api.win.Window.getByLabel(l)).isVisible()))"))
                .asList().containsExactly(true, true);
        s.waitFor("main visible again on the X server", () -> !s.x("xdotool", "search", "--onlyvisible", "--name", "^winapi main$").isEmpty());
    }

    @Test
    @Order(12)
    void closeWithoutAPageListenerClosesTheWindowAfterTheRequest() {
        s.invoke("openWindow", Map.of("label", "closer"));
        s.waitFor("closer to open", () -> ((List<?>) s.invoke("plugin:window|get_all_windows")).contains("closer"));
        s.js("await (await window.api.win.Window.getByLabel('closer')).close()");
        s.waitFor("closer to be gone", () -> !((List<?>) s.invoke("plugin:window|get_all_windows")).contains("closer"));
        s.waitFor("Java to hear the request and the destruction", () -> !s.javaHeard("closer", "tauri://close-requested").isEmpty()
                && !s.javaHeard("closer", "tauri://destroyed").isEmpty());
    }

    @Test
    @Order(15)
    void clearingBrowsingDataEmptiesTheStorage() {
        s.js("localStorage.setItem('winapi-kept', 'yes')");
        reloadMain();
        assertThat(s.js("return localStorage.getItem('winapi-kept')")).as("storage survives a reload").isEqualTo("yes");
        s.js("await window.api.webview.getCurrentWebview().clearAllBrowsingData()");
        reloadMain();
        assertThat(s.js("return localStorage.getItem('winapi-kept')")).as("and is gone after clearAllBrowsingData").isNull();
    }

    private void reloadMain() {
        s.driver().driver().navigate().refresh();
        new WebDriverWait(s.driver().driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
    }

    @Test
    @Order(14)
    void aJavaCloseHandlerCanKeepTheWindowOpen() {
        s.invoke("openWindow", Map.of("label", "guarded"));
        s.waitFor("guarded to open", () -> ((List<?>) s.invoke("plugin:window|get_all_windows")).contains("guarded"));
        s.invoke("keepOpenOnce", Map.of("label", "guarded"));
        s.js("await (await window.api.win.Window.getByLabel('guarded')).close()");
        s.waitFor("Java to hear guarded's close request", () -> !s.javaHeard("guarded", "tauri://close-requested").isEmpty());
        s.js("await new Promise(r => setTimeout(r, 300))");
        assertThat(s.invoke("plugin:window|get_all_windows")).asList().contains("guarded");
        s.js("await (await window.api.win.Window.getByLabel('guarded')).close()");
        s.waitFor("guarded to close on the second request", () -> !((List<?>) s.invoke("plugin:window|get_all_windows")).contains("guarded"));
    }

    @Test
    @Order(13)
    void aPageListeningToCloseRequestedDecides() {
        String mainHandle = s.driver().driver().getWindowHandle();
        java.util.Set<String> before = s.driver().driver().getWindowHandles();
        s.invoke("openWindow", Map.of("label", "keeper"));
        new WebDriverWait(s.driver().driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > before.size());
        String keeper = s.driver().driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        s.driver().driver().switchTo().window(keeper);
        new WebDriverWait(s.driver().driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ready: keeper"));
        s.js("window.stopKeeping = await window.api.win.getCurrentWindow().onCloseRequested((e) => e.preventDefault())");
        s.driver().driver().switchTo().window(mainHandle);

        s.js("await (await window.api.win.Window.getByLabel('keeper')).close()");
        s.waitFor("Java to hear keeper's close request", () -> !s.javaHeard("keeper", "tauri://close-requested").isEmpty());
        s.js("await new Promise(r => setTimeout(r, 500))");
        assertThat(s.invoke("plugin:window|get_all_windows")).asList().contains("keeper");

        s.driver().driver().switchTo().window(keeper);
        s.js("""
                await window.stopKeeping();
                await window.api.win.getCurrentWindow().onCloseRequested(() => window.api.event.emit('keeper-saw-close', 'bye'));""");
        s.driver().driver().switchTo().window(mainHandle);
        s.js("await (await window.api.win.Window.getByLabel('keeper')).close()");
        s.waitFor("keeper to be destroyed by its page", () -> !((List<?>) s.invoke("plugin:window|get_all_windows")).contains("keeper"));
        assertThat(s.javaHeard("app", "keeper-saw-close")).isNotEmpty();
        assertThat(s.javaHeard("keeper", "tauri://destroyed")).isNotEmpty();
    }
}
