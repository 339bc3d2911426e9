package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The window API on a HiDPI screen: {@link WindowApiApp} with {@code GDK_SCALE=2}, so one logical pixel is two device
 * pixels. Sizes and positions come back physical, Logical* values are converted, and the X window (device pixels)
 * agrees.
 */
class WindowScaleEndToEndIT {

    private static TauriDriver app;
    private static String display;

    @BeforeAll
    static void launch() {
        Path config = Path.of("target/test-classes/winapi/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(WindowApiApp.class).jvmArgs("-Dtauri.config=" + config).env("GDK_SCALE", "2"));
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
        display = (String) app.executeAsync("return window.__TAURI_INTERNALS__.invoke('displayName')");
    }

    @AfterAll
    static void close() {
        if (app != null) app.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static String geometry() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--name", "^winapi main$", "getwindowgeometry").redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** X requests are applied asynchronously: polls xdotool for a few seconds. */
    private static void waitForGeometry(String... expected) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String last = geometry();
        while (!java.util.Arrays.stream(expected).allMatch(last::contains) && System.nanoTime() < end) {
            Thread.sleep(50);
            last = geometry();
        }
        assertThat(last).contains(expected);
    }

    @Test
    void logicalValuesAreConvertedAndPhysicalOnesComeBack() throws Exception {
        Map<String, Object> r = map(app.executeAsync("""
                const { LogicalSize, PhysicalSize, LogicalPosition } = window.api.dpi;
                const w = window.api.win.getCurrentWindow();
                const resized = new Promise((resolve) => w.onResized((e) => { if (e.payload.width === 600) resolve([e.payload.width, e.payload.height]); }));
                await w.setSize(new LogicalSize(300, 200));
                const event = await resized;
                const logical = await w.innerSize();
                await w.setPosition(new LogicalPosition(50, 40));
                await new Promise(r => setTimeout(r, 300));
                const pos = await w.outerPosition();
                const monitor = await window.api.win.currentMonitor();
                return { scale: await w.scaleFactor(), dpr: window.devicePixelRatio, event, logical: [logical.width, logical.height],
                         pos: [pos.x, pos.y], monitorScale: monitor.scaleFactor, monitorSize: [monitor.size.width, monitor.size.height] };"""));
        assertThat(r).containsEntry("scale", 2L).containsEntry("dpr", 2L).containsEntry("event", List.of(600L, 400L))
                .containsEntry("logical", List.of(600L, 400L)).containsEntry("pos", List.of(100L, 80L))
                .containsEntry("monitorScale", 2L).containsEntry("monitorSize", List.of(1280L, 1024L));
        waitForGeometry("Geometry: 600x400", "Position: 100,80");
        app.executeAsync("await window.api.win.getCurrentWindow().setSize(new window.api.dpi.PhysicalSize(500, 300))");
        assertThat(map(app.executeAsync("return window.api.win.getCurrentWindow().innerSize()")))
                .containsEntry("width", 500L).containsEntry("height", 300L);
        waitForGeometry("Geometry: 500x300");
    }
}
