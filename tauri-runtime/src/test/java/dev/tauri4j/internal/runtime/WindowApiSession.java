package dev.tauri4j.internal.runtime;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@link WindowApiApp} running in a real window, with the calls its tests make: scripts in the page, commands, what
 * Java listeners heard, and X clients (xdotool, xprop, wmctrl) on the app's display.
 */
final class WindowApiSession implements AutoCloseable {

    private final TauriDriver app;
    private final Path home;
    private final String display;
    /** Added to a timed-out wait's message: what the window manager was doing, when there is one. */
    private final Supplier<String> context;

    private WindowApiSession(TauriDriver app, Path home, String display, Supplier<String> context) {
        this.app = app;
        this.home = home;
        this.display = display;
        this.context = context;
    }

    /** Starts the app on its own display, or on {@code display} (owned by the caller) when it is not null. */
    static WindowApiSession start(VirtualDisplay display, Supplier<String> context) throws IOException {
        Path home = Files.createTempDirectory("tauri4j-winapi-");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/user-dirs.dirs"), "# xdg-user-dirs\nXDG_MUSIC_DIR=\"$HOME/Musik-test\"\nXDG_DESKTOP_DIR=\"$HOME/\"\n");
        Path config = Path.of("target/test-classes/winapi/tauri.conf.json").toAbsolutePath();
        AppLauncher launcher = AppLauncher.mainClass(WindowApiApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dtauri.resourceDir=" + home.resolve("resources"))
                .env("XDG_DATA_HOME", home.resolve("data").toString())
                .env("XDG_CONFIG_HOME", home.resolve("config").toString())
                .env("XDG_CACHE_HOME", home.resolve("cache").toString());
        TauriDriver app = display == null ? TauriDriver.start(launcher) : TauriDriver.start(launcher, display);
        try {
            new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
            String name = (String) app.executeAsync("return window.__TAURI_INTERNALS__.invoke('displayName', {})");
            return new WindowApiSession(app, home, name, context);
        } catch (RuntimeException e) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
            throw e;
        }
    }

    TauriDriver driver() {
        return app;
    }

    Path home() {
        return home;
    }

    /** The X display the app draws on. */
    String display() {
        return display;
    }

    Object js(String body, Object... args) {
        return app.executeAsync(body, args);
    }

    Object invoke(String command) {
        return js("return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1] || {})", command, Map.of());
    }

    Object invoke(String command, Map<String, Object> args) {
        return js("return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])", command, args);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> javaHeard(String via, String event) {
        return ((List<Map<String, Object>>) invoke("javaEvents")).stream()
                .filter(e -> e.get("via").equals(via) && e.get("event").equals(event)).toList();
    }

    void waitFor(String what, BooleanSupplier condition) {
        // generous: a passing wait returns at once, and a loaded machine (CI with other builds) delays the window manager
        waitFor(what, Duration.ofSeconds(30), condition);
    }

    void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                String more = context.get();
                throw new AssertionError("timed out waiting for " + what + (more.isEmpty() ? "" : "\n" + more));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Runs xdotool (or another X client) on the app's display and returns its output. */
    String x(String... command) {
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
    String windowId(String title) {
        waitFor("one X window titled '" + title + "'", () -> {
            String ids = x("xdotool", "search", "--name", "^" + title + "$");
            return !ids.isEmpty() && !ids.contains("\n");
        });
        return x("xdotool", "search", "--name", "^" + title + "$");
    }

    /** Waits until {@code command}'s output contains {@code expected}; X requests are applied asynchronously. */
    void waitForX(String expected, String... command) {
        waitFor(String.join(" ", command) + " to show " + expected, () -> x(command).contains(expected));
    }

    /** Prints the app's log (for a failed test's report), stops the app and removes its home folder. */
    @Override
    public void close() {
        System.out.println("---- app log ----\n" + app.appLog());
        try {
            app.close();
        } finally {
            deleteTree(home);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not remove the test's home folder " + dir, e);
        }
    }
}
