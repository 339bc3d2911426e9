package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
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
 * Window features of the unchanged {@code @tauri-apps/api/window} under Xvfb with xcompmgr compositing and no window
 * manager (windows stay where they are mapped, the later on top): a transparent window created from JS must show the
 * red page of the window behind it in a screenshot ({@code target/looks-*.png}) and have a 32-bit visual; with
 * cursor events ignored an xdotool click must reach the window behind, and the window again after; the icon must be
 * the window's {@code _NET_WM_ICON}; progress and badge must reach dbus-monitor on the test's own session bus as
 * Unity launcher signals for the bundle's desktop entry; and the main page must hear {@code tauri://window-created}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowLooksEndToEndIT {

    private static final String APP_URI = "application://tauri4j-looks.desktop";
    private static VirtualDisplay display;
    private static Path home;
    private static Process compositor;
    private static Process bus;
    private static Process monitor;
    private static String address;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "looks-it");
        display = VirtualDisplay.startXvfb();
        compositor = start(home.resolve("xcompmgr.log"), "xcompmgr");
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address");
        bus = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine().trim();
        monitor = start(home.resolve("dbus-monitor.log"), "dbus-monitor", "--address", address,
                "type='signal',interface='com.canonical.Unity.LauncherEntry'");
        app = TauriDriver.start(AppLauncher.mainClass(WindowLooksApp.class)
                .jvmArgs("-Dtauri.config=" + Path.of("target/test-classes/looks/tauri.conf.json").toAbsolutePath())
                .env("DBUS_SESSION_BUS_ADDRESS", address), display);
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    private static Process start(Path log, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display.name());
        return pb.start();
    }

    @AfterAll
    static void close() throws Exception {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        for (Process p : new Process[] {monitor, bus, compositor}) {
            if (p == null) continue;
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        if (display != null) display.close();
    }

    private static String run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display.name());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out.strip();
    }

    private static Map<String, Object> js(String body) {
        return app.settle("(async () => { " + body + " })()");
    }

    private static Object value(String body) {
        Map<String, Object> r = js(body);
        assertThat(r).as(String.valueOf(r)).containsEntry("ok", true);
        return r.get("value");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(150);
        }
    }

    private static String windowId(String title) throws Exception {
        String ids = run("xdotool", "search", "--name", "^" + title + "$");
        assertThat(ids).as("X window named " + title).isNotEmpty();
        return ids.lines().reduce((a, b) -> b).orElseThrow();
    }

    private static BufferedImage screenshot(String name) throws Exception {
        Path file = home.resolve(name);
        run("scrot", "-o", file.toString());
        Files.copy(file, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(file.toFile());
    }

    @Test
    @Order(1)
    void aWindowCreatedFromJsIsAnnouncedToTheOthers() throws Exception {
        value("""
                new window.api.webviewWindow.WebviewWindow('glass', { url: 'glass.html', title: 'looks glass',
                  width: 200, height: 150, transparent: true });
                return 1;""");
        await("tauri://window-created for glass", () -> ((List<?>) value("return window.created;")).contains(Map.of("label", "glass")));
        await("the glass page", () -> !((List<?>) value("return window.ready;")).isEmpty());
    }

    @Test
    @Order(2)
    void theTransparentWindowShowsTheWindowBehindItThroughThePage() throws Exception {
        String glass = windowId("looks glass");
        assertThat(run("xwininfo", "-id", glass)).contains("Depth: 32").contains("Absolute upper-left X:  0");
        assertThat(run("xwininfo", "-id", windowId("looks main"))).contains("Depth: 24");
        // the glass window covers (0,0)-(200,150): its left half is the page's blue pane, its right half shows the red
        // page of the main window below it; outside it, main's red
        await("the composited screenshot", () -> {
            try {
                BufferedImage shot = screenshot("looks-transparent.png");
                return (shot.getRGB(50, 75) & 0xffffff) == 0x0000ff && (shot.getRGB(150, 75) & 0xffffff) == 0xff0000
                        && (shot.getRGB(300, 75) & 0xffffff) == 0xff0000;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void clickAndExpect(String who) throws Exception {
        value("window.clicks.length = 0; return 1;");
        run("xdotool", "mousemove", "150", "75", "click", "1");
        await("a click at 150,75 to reach " + who, () -> ((List<?>) value("return window.clicks;")).contains(who));
        assertThat(value("return window.clicks;")).isEqualTo(List.of(who));
    }

    @Test
    @Order(3)
    void withCursorEventsIgnoredClicksPassThroughToTheWindowBehind() throws Exception {
        String glass = "(await window.api.webviewWindow.WebviewWindow.getByLabel('glass'))";
        clickAndExpect("glass");
        value("await " + glass + ".setIgnoreCursorEvents(true); return 1;");
        clickAndExpect("main");
        value("await " + glass + ".setIgnoreCursorEvents(false); return 1;");
        clickAndExpect("glass");
    }

    @Test
    @Order(4)
    void theIconIsTheWindowsNetWmIcon() throws Exception {
        String id = windowId("looks main");
        assertThat(run("xprop", "-id", id, "-notype", "-f", "_NET_WM_ICON", "32c", "_NET_WM_ICON")).doesNotContain("4278255360");
        value("""
                const px = new Uint8Array(16 * 16 * 4);
                for (let i = 0; i < px.length; i += 4) { px[i + 1] = 255; px[i + 3] = 255; }
                await window.api.win.getCurrentWindow().setIcon(await window.api.image.Image.new(px, 16, 16));
                return 1;""");
        String icon = run("xprop", "-id", id, "-notype", "-f", "_NET_WM_ICON", "32c", "_NET_WM_ICON");
        // width, height, then ARGB pixels: opaque green is 0xff00ff00
        assertThat(icon).startsWith("_NET_WM_ICON = 16, 16, 4278255360, 4278255360");
        Map<String, Object> bad = js("await window.api.win.getCurrentWindow().setIcon({rgba: [1, 2, 3], width: 2, height: 2}); return 1;");
        assertThat(bad).containsEntry("ok", false);
        assertThat((String) bad.get("error")).startsWith("the window icon: ");
    }

    private static String signals() throws Exception {
        return Files.readString(home.resolve("dbus-monitor.log"));
    }

    @Test
    @Order(5)
    void progressAndBadgeAreUnityLauncherSignalsForTheDesktopEntry() throws Exception {
        value("""
                const w = window.api.win.getCurrentWindow();
                await w.setProgressBar({ status: window.api.win.ProgressBarStatus.Normal, progress: 42 });
                await w.setBadgeCount(7);
                await w.setBadgeCount();
                await w.setProgressBar({ status: window.api.win.ProgressBarStatus.None });
                return 1;""");
        await("four launcher signals", () -> {
            try {
                return signals().split("member=Update", -1).length - 1 >= 4;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String[] updates = signals().split("member=Update");
        assertThat(updates[1]).contains("path=/com/canonical/unity/launcherentry/tauri4j_looks;")
                .contains("string \"" + APP_URI + "\"").contains("string \"progress\"").contains("double 0.42")
                .contains("string \"progress-visible\"").contains("boolean true");
        assertThat(updates[2]).contains("string \"" + APP_URI + "\"").contains("string \"count\"").contains("int64 7")
                .contains("string \"count-visible\"").contains("boolean true").doesNotContain("progress");
        assertThat(updates[3]).contains("int64 0").contains("boolean false");
        assertThat(updates[4]).contains("string \"progress-visible\"").contains("boolean false").doesNotContain("double");

        Map<String, Object> bad = js("await window.api.win.getCurrentWindow().setProgressBar({ status: 'sideways' }); return 1;");
        assertThat(bad).containsEntry("ok", false);
        assertThat((String) bad.get("error")).contains("none, normal, indeterminate, paused, error").contains("sideways");

        assertThat(value("return await window.__TAURI_INTERNALS__.invoke('javaLauncher');")).isEqualTo(true);
        await("the Java signals", () -> {
            try {
                return signals().contains("double 0.1") && signals().contains("int64 3");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @Order(6)
    void whatLinuxCannotChangeIsAcceptedAsInTauri() {
        assertThat(value("""
                const w = window.api.win.getCurrentWindow();
                await w.setShadow(false);
                await w.setMaximizable(false);
                return [await w.isMaximizable(), await w.isMinimizable(), await w.isClosable()];""")).isEqualTo(List.of(true, true, true));
    }
}
