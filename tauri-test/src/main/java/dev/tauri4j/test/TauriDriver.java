package dev.tauri4j.test;

import static dev.tauri4j.test.VirtualDisplay.millisSince;
import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.WARNING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Drives a real tauri4j app (or any WebKitGTK automation client) in a real window through WebDriver.
 *
 * <pre>{@code
 * try (TauriDriver app = TauriDriver.start(AppLauncher.mainClass(MyApp.class))) {
 *     app.driver().findElement(By.id("name")).sendKeys("Ada");
 *     assertThat(app.executeAsync("return await window.__TAURI_INTERNALS__.invoke('greet', arguments[0])",
 *             Map.of("name", "Ada"))).isEqualTo("Hello, Ada!");
 * }
 * }</pre>
 */
public final class TauriDriver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TauriDriver.class.getName());
    /** Time the app gets to exit by itself after the session ends, before we signal it. */
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final Path workDir;
    private final VirtualDisplay display; // null when attached or borrowed: this driver does not close it
    private volatile WebDriverServer server; // attached: a new one on each reconnect
    private final String attachedTo; // "127.0.0.1:port" for an app we did not start, else null
    private volatile WebDriver driver;
    private final Thread shutdownHook;
    private String finalAppLog;

    private TauriDriver(Path workDir, VirtualDisplay display, WebDriverServer server, WebDriver driver, String attachedTo) {
        this.workDir = workDir;
        this.display = display;
        this.server = server;
        this.driver = driver;
        this.attachedTo = attachedTo;
        // A JVM that ends without close() (a killed build, a forgotten try) must not leave the app running.
        this.shutdownHook = new Thread(() -> ProcessTree.of(this.server.handle()).forEach(ProcessHandle::destroyForcibly),
                "tauri4j-driver-reaper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the app in a window on a {@link VirtualDisplay} under WebKitWebDriver and opens a session.
     * Fails with the fix when Xvfb or WebKitWebDriver is missing, and with the app's output when it does
     * not come up.
     */
    public static TauriDriver start(AppLauncher app) {
        return launch(app, null);
    }

    /**
     * Starts the app on {@code display}, which the caller owns and closes (e.g. one with a {@link WindowManager} on
     * it); {@link #close()} leaves it running.
     */
    public static TauriDriver start(AppLauncher app, VirtualDisplay display) {
        return launch(app, java.util.Objects.requireNonNull(display, "display"));
    }

    /** Starts the app on {@code borrowed}, or on a display of its own when that is null. */
    private static TauriDriver launch(AppLauncher app, VirtualDisplay borrowed) {
        app.validate();
        long t0 = System.nanoTime();
        Path webDriver = HostTool.WEBKIT_WEBDRIVER.require();
        Path workDir = createWorkDir();
        VirtualDisplay display = null;
        WebDriverServer server = null;
        try {
            display = borrowed != null ? borrowed : VirtualDisplay.open();
            server = WebDriverServer.start(webDriver, display, workDir.resolve("webdriver.log"));
            Path script = app.writeScript(workDir, workDir.resolve("app.log"), workDir.resolve("app.pid"));
            WebDriver driver = new SessionStart(server, app, script, workDir).open();
            LOG.log(DEBUG, "App session ready in {0} ms in total ({1})", millisSince(t0), display);
            return new TauriDriver(workDir, borrowed != null ? null : display, server, driver, null);
        } catch (RuntimeException e) {
            if (server != null) {
                Set<ProcessHandle> started = startedProcesses(server, workDir);
                server.close();
                ProcessTree.stop(started, Duration.ZERO);
            }
            if (display != null && borrowed == null) {
                display.close();
            }
            deleteTree(workDir);
            throw e;
        }
    }

    /**
     * Drives an app that is already running with WebDriver automation on a loopback port, e.g. one started by
     * {@code mvn tauri:dev -Dtauri.dev.automation=<port>}; waits up to 30 s for it to accept. The app is not
     * ours: {@link #close()} ends the session and the driver and leaves the app running. After the app
     * restarted (tauri:dev does on each Java change), {@link #reconnect()}.
     */
    public static TauriDriver attach(int port) {
        return attach(port, SessionStart.START_TIMEOUT);
    }

    /** {@link #attach(int)} with another time limit for the app to accept the session. */
    public static TauriDriver attach(int port, Duration timeout) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("Not a TCP port: " + port);
        Path webDriver = HostTool.WEBKIT_WEBDRIVER.require();
        Path workDir = createWorkDir();
        String target = "127.0.0.1:" + port;
        try {
            AttachedSession session = AttachedSession.open(webDriver, target, workDir.resolve("webdriver.log"), timeout);
            return new TauriDriver(workDir, null, session.server(), session.driver(), target);
        } catch (RuntimeException e) {
            deleteTree(workDir);
            throw e;
        }
    }

    /**
     * A new session with the attached app, waiting up to {@code timeout} for it: after a restart the old
     * session is gone ("invalid session id"). Only for {@link #attach(int)}.
     */
    public void reconnect(Duration timeout) {
        if (attachedTo == null) throw new IllegalStateException("reconnect() is for attached apps; this one was started by start()");
        quitQuietly();
        // A session request to an app that died meanwhile can hang in the driver: a fresh driver each time
        server.close();
        AttachedSession session = AttachedSession.open(HostTool.WEBKIT_WEBDRIVER.require(), attachedTo,
                workDir.resolve("webdriver.log"), timeout);
        server = session.server();
        driver = session.driver();
    }

    /** {@link #reconnect(Duration)} with 30 s. */
    public void reconnect() {
        reconnect(SessionStart.START_TIMEOUT);
    }

    /** The Selenium driver, for finding elements, typing, clicking, navigating and waiting. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Runs {@code script} as the body of an async function in the page and returns its result:
     * {@code await} and {@code return} work, {@code arguments[i]} are {@code args}, and a rejection or
     * throw comes back as a {@link JavascriptException} carrying the JS error.
     */
    public Object executeAsync(String script, Object... args) {
        String wrapped = """
                const done = arguments[arguments.length - 1];
                const args = Array.prototype.slice.call(arguments, 0, -1);
                (async function () { %s
                }).apply(null, args).then(
                    value => done({ ok: value === undefined ? null : value }),
                    error => done({ error: String(error && error.stack ? error + '\\n' + error.stack : error) }));
                """.formatted(script);
        Object outcome = ((JavascriptExecutor) driver).executeAsyncScript(wrapped, args);
        if (outcome instanceof Map<?, ?> map && map.containsKey("error")) {
            throw new JavascriptException(String.valueOf(map.get("error")));
        }
        if (outcome instanceof Map<?, ?> map && map.containsKey("ok")) {
            return map.get("ok");
        }
        throw new JavascriptException("Unexpected result from the script wrapper: " + outcome);
    }

    /**
     * Awaits the JS {@code expression} in the page and answers how it settled, for calls that are meant to fail
     * (a denied command), where {@link #executeAsync} would throw: {@code {ok: true, value}}, or
     * {@code {ok: false, error}} with a string rejection as it is and an {@code Error}'s message.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> settle(String expression) {
        return (Map<String, Object>) executeAsync("""
                try {
                  return {ok: true, value: await (%s)};
                } catch (e) {
                  return {ok: false, error: typeof e === 'string' ? e : (e && e.message) || JSON.stringify(e)};
                }""".formatted(expression));
    }

    /** A PNG of the whole page as the window shows it. */
    public byte[] screenshotPng() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    /** A PNG of one element, cut from a full screenshot (WebKitGTK's element screenshots come out black). */
    public byte[] screenshotPng(WebElement element) {
        Object ratio = ((JavascriptExecutor) driver).executeScript("return window.devicePixelRatio || 1");
        return Screenshots.crop(screenshotPng(), element.getRect(), ((Number) ratio).doubleValue());
    }

    /** Saves a full screenshot to {@code file}, creating its folder, and returns the file. */
    public Path screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.write(file, screenshotPng());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot to " + file, e);
        }
    }

    /**
     * Everything the app wrote to stdout and stderr so far; still available after {@link #close()}. Empty for
     * an attached app, whose output goes where its starter sends it.
     */
    public synchronized String appLog() {
        return finalAppLog != null ? finalAppLog : readOrEmpty(workDir.resolve("app.log"));
    }

    /**
     * Ends the session, stops WebKitWebDriver and the Xvfb this driver started, and makes sure the app and
     * its WebKit helper processes are gone.
     */
    @Override
    public synchronized void close() {
        if (finalAppLog != null) {
            return;
        }
        long t0 = System.nanoTime();
        if (attachedTo != null) {
            quitQuietly();
            server.close();
            finalAppLog = "";
            deleteTree(workDir);
            removeShutdownHook();
            return;
        }
        Set<ProcessHandle> started = startedProcesses(server, workDir);
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.log(WARNING, "Ending the WebDriver session failed; stopping the processes anyway", e);
        }
        LOG.log(DEBUG, "Session ended in {0} ms", millisSince(t0));
        server.close();
        started.remove(server.handle());
        List<ProcessHandle> left = ProcessTree.stop(started, GRACE);
        LOG.log(DEBUG, "WebKitWebDriver and {0} app processes stopped in {1} ms", started.size(), millisSince(t0));
        if (display != null) {
            display.close(); // null: the caller's display, which the caller closes
        }
        finalAppLog = readOrEmpty(workDir.resolve("app.log"));
        deleteTree(workDir);
        removeShutdownHook();
        LOG.log(DEBUG, "Closed in {0} ms", millisSince(t0));
        if (!left.isEmpty()) {
            throw new IllegalStateException("These processes did not stop: " + describe(left));
        }
    }

    /** The attached app may be gone already (restarting, or stopped): its session then cannot end politely. */
    private void quitQuietly() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.log(DEBUG, "The old session could not be ended: {0}", e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Taken before anything stops: once the driver dies its children belong to init and are no longer
     * its descendants. The app's own pid covers an app the driver has already lost track of.
     */
    private static Set<ProcessHandle> startedProcesses(WebDriverServer server, Path workDir) {
        Set<ProcessHandle> started = new LinkedHashSet<>(ProcessTree.of(server.handle()));
        SessionStart.appPid(workDir).stream().mapToObj(ProcessHandle::of).flatMap(Optional::stream)
                .forEach(app -> started.addAll(ProcessTree.of(app)));
        return started;
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    static String describe(List<ProcessHandle> processes) {
        List<String> out = new ArrayList<>();
        for (ProcessHandle p : processes) {
            out.add(p.pid() + " " + p.info().command().orElse("?"));
        }
        return String.join(", ", out);
    }

    static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("tauri4j-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary folder for the app launcher", e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // temp files left behind are not worth failing a test over
        }
    }
}
