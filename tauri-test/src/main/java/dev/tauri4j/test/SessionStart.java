package dev.tauri4j.test;

import static dev.tauri4j.test.VirtualDisplay.millisSince;
import static java.lang.System.Logger.Level.DEBUG;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Opens the WebDriver session, which is when WebKitWebDriver starts the app. The driver waits for ever
 * for an app that exits or never enables automation, so we watch the app ourselves and give up early.
 */
final class SessionStart {

    private static final System.Logger LOG = System.getLogger(SessionStart.class.getName());
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** A navigation the app refuses would otherwise hang for WebDriver's default 300 s. */
    static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final WebDriverServer server;
    private final AppLauncher app;
    private final Path script;
    private final Path workDir;

    SessionStart(WebDriverServer server, AppLauncher app, Path script, Path workDir) {
        this.server = server;
        this.app = app;
        this.script = script;
        this.workDir = workDir;
    }

    static MutableCapabilities capabilities(Path launcherScript) {
        MutableCapabilities caps = new MutableCapabilities();
        // args replaces the driver's default argument list, so --automation has to be in it.
        caps.setCapability("webkitgtk:browserOptions",
                Map.of("binary", launcherScript.toString(), "args", List.of("--automation")));
        caps.setCapability("timeouts", Map.of(
                "pageLoad", PAGE_LOAD_TIMEOUT.toMillis(),
                "script", SCRIPT_TIMEOUT.toMillis()));
        return caps;
    }

    WebDriver open() {
        long t0 = System.nanoTime();
        MutableCapabilities caps = capabilities(script);
        CompletableFuture<WebDriver> session = new CompletableFuture<>();
        Thread.ofVirtual().name("tauri4j-new-session").start(() -> {
            try {
                session.complete(new RemoteWebDriver(server.url(), caps));
            } catch (Throwable t) {
                session.completeExceptionally(t);
            }
        });
        long deadline = t0 + START_TIMEOUT.toNanos();
        ProcessHandle appProcess = null;
        try {
            while (System.nanoTime() < deadline) {
                try {
                    WebDriver driver = session.get(50, TimeUnit.MILLISECONDS);
                    LOG.log(DEBUG, "WebDriver session with the app opened in {0} ms", millisSince(t0));
                    return driver;
                } catch (TimeoutException stillStarting) {
                    if (appProcess == null) {
                        OptionalLong pid = appPid(workDir);
                        if (pid.isPresent()) {
                            // Already gone when we look: a quick crash is the likeliest start failure.
                            appProcess = ProcessHandle.of(pid.getAsLong())
                                    .orElseThrow(() -> failure("The app exited before it opened a WebDriver session"));
                        }
                    }
                    if (appProcess != null && !ProcessTree.isRunning(appProcess)) {
                        throw failure("The app exited before it opened a WebDriver session");
                    }
                    if (!server.handle().isAlive()) {
                        throw failure("WebKitWebDriver exited while starting the app");
                    }
                }
            }
        } catch (ExecutionException e) {
            throw failure("WebKitWebDriver could not start a session with the app: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while starting the app");
        }
        throw failure("The app did not open a WebDriver session within " + START_TIMEOUT.toSeconds() + " s."
                + " A tauri4j app does so when started with --automation (a WebKitGTK app must allow automation"
                + " on its web context and answer the automation-started signal)");
    }

    /** The launcher script records its pid, which stays the app's because the script execs it. */
    static OptionalLong appPid(Path workDir) {
        String pid = TauriDriver.readOrEmpty(workDir.resolve("app.pid")).strip();
        return pid.matches("\\d+") ? OptionalLong.of(Long.parseLong(pid)) : OptionalLong.empty();
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(what + ".\nCommand: " + app.command()
                + "\n--- app output (last " + LOG_TAIL_LINES + " lines) ---\n"
                + tail(TauriDriver.readOrEmpty(workDir.resolve("app.log")))
                + "\n--- WebKitWebDriver output ---\n" + tail(server.log()));
    }

    static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }
}
