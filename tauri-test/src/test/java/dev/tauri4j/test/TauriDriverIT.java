package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebElement;

/** Runs the harness for real: Xvfb, WebKitWebDriver and WebKitGTK's MiniBrowser standing in for an app. */
class TauriDriverIT {

    static final Path MINIBROWSER = Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser");
    static final int TEAL = 0x24c8db;

    /** Held so the level set here is not lost when the logger is collected. */
    static final Logger HARNESS_LOG = Logger.getLogger("dev.tauri4j.test");

    static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>tauri4j harness</title>
            <style>
              body { margin: 0; font: 22px sans-serif; background: #f6f3ec; color: #222; }
              h1 { margin: 0; padding: 28px; background: #24c8db; color: white; }
              main { padding: 28px; } input { font-size: 22px; }
            </style></head>
            <body><h1 id="banner">tauri4j test harness</h1>
            <main><label>Name <input id="name" autofocus></label><p id="out">waiting</p></main>
            <script>
              document.getElementById('name').addEventListener('input',
                  e => document.getElementById('out').textContent = 'Hello, ' + e.target.value + '!');
            </script></body></html>
            """;

    @BeforeAll
    static void showHarnessTimings() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.FINE);
        HARNESS_LOG.setLevel(Level.FINE);
        HARNESS_LOG.addHandler(handler);
        HARNESS_LOG.setUseParentHandlers(false); // the root handler would print INFO and above twice
    }

    @Test
    void drivesAWebKitGtkAppInAWindowAndCleansUpAfterIt() throws Exception {
        ProcessRecorder processes = new ProcessRecorder();
        long t0 = System.nanoTime();
        TauriDriver app = TauriDriver.start(AppLauncher.executable(MINIBROWSER));
        long started = System.nanoTime();
        try {
            Thread.sleep(50); // one more look by the recorder, now that everything runs
            assertThat(processes.names()).contains("WebKitWebDriver", "MiniBrowser");
            if (System.getenv("DISPLAY") == null) {
                assertThat(processes.names()).contains("Xvfb");
            }

            app.driver().get("data:text/html;charset=utf-8;base64,"
                    + Base64.getEncoder().encodeToString(PAGE.getBytes(StandardCharsets.UTF_8)));
            assertThat(app.driver().getTitle()).isEqualTo("tauri4j harness");
            Thread.sleep(100); // a page is loaded now, so its web process runs; give the recorder a look
            assertThat(processes.names()).contains("WebKitWebProcess");

            WebElement name = app.driver().findElement(By.id("name"));
            name.sendKeys("Ada Lovelace");
            assertThat(name.getDomProperty("value")).isEqualTo("Ada Lovelace");
            assertThat(app.driver().findElement(By.id("out")).getText()).isEqualTo("Hello, Ada Lovelace!");

            assertThat(app.executeAsync(
                    "return await new Promise(done => setTimeout(() => done(arguments[0] * 2), 20))", 21))
                    .isEqualTo(42L);
            assertThat(app.executeAsync("return document.getElementById(arguments[0]).value", "name"))
                    .isEqualTo("Ada Lovelace");
            assertThatThrownBy(() -> app.executeAsync("await null; throw new TypeError('boom')"))
                    .isInstanceOf(JavascriptException.class)
                    .hasMessageContaining("TypeError: boom");

            Path shot = app.screenshot(Path.of("target", "screenshots", "minibrowser-harness.png"));
            BufferedImage image = Screenshots.decode(Files.readAllBytes(shot));
            assertThat(image.getWidth()).isGreaterThan(200);
            assertThat(image.getHeight()).isGreaterThan(200);
            assertThat(distinctColours(image)).isGreaterThan(16);
            assertThat(rgb(image, 5, 5)).isEqualTo(TEAL);

            BufferedImage banner = Screenshots.decode(app.screenshotPng(app.driver().findElement(By.id("banner"))));
            assertThat(banner.getWidth()).isEqualTo(image.getWidth());
            assertThat(rgb(banner, 2, 2)).isEqualTo(TEAL);
            assertThat(rgb(banner, banner.getWidth() - 2, banner.getHeight() - 2)).isEqualTo(TEAL);

            assertThat(app.appLog()).isNotNull();
        } finally {
            long beforeClose = System.nanoTime();
            app.close();
            System.out.printf("harness: start %d ms, test body %d ms, close %d ms%n",
                    (started - t0) / 1_000_000, (beforeClose - started) / 1_000_000,
                    (System.nanoTime() - beforeClose) / 1_000_000);
        }
        processes.close();
        List<ProcessHandle> left = ProcessTree.running(processes.seen());
        assertThat(left).as("left running: %s", processes.describe(left)).isEmpty();
        app.close(); // twice is harmless
    }

    @Test
    void anAppThatExitsAtStartFailsFastWithItsOutput(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken-app"), """
                #!/bin/sh
                echo "broken-app: no config found" >&2
                exit 3
                """);
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        ProcessRecorder processes = new ProcessRecorder();
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> TauriDriver.start(AppLauncher.executable(broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The app exited before it opened a WebDriver session")
                .hasMessageContaining("broken-app: no config found");

        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(SessionStart.START_TIMEOUT.toMillis());
        processes.close();
        assertThat(processes.names()).contains("WebKitWebDriver");
        List<ProcessHandle> left = ProcessTree.running(processes.seen());
        assertThat(left).as("left running: %s", processes.describe(left)).isEmpty();
    }

    @Test
    void aMissingAppBinaryIsReportedClearly() {
        Path missing = Path.of("/opt/nowhere/my-app");

        assertThatThrownBy(() -> TauriDriver.start(AppLauncher.executable(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The app executable /opt/nowhere/my-app does not exist");
        assertThatThrownBy(() -> TauriDriver.start(AppLauncher.mainClass("x.Main").java(missing)))
                .hasMessageContaining("does not exist (set another with AppLauncher.java(Path))");
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(rgb(image, x, y));
            }
        }
        return colours.size();
    }
}
