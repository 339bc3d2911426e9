package dev.tauri4j.test;

import static java.lang.System.Logger.Level.DEBUG;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * A session with an app that runs already, through {@code WebKitWebDriver --target}. The app may still be
 * starting, or restarting after a change in {@code tauri:dev}: we ask only once its port accepts (the driver
 * waits minutes for a target that is not there), and a session that does not open soon (the app was dying
 * when we asked: its port still accepted) is given up with its driver and tried again with a new one, until the
 * deadline.
 */
record AttachedSession(WebDriverServer server, WebDriver driver) {

    private static final System.Logger LOG = System.getLogger(AttachedSession.class.getName());
    private static final Duration RETRY = Duration.ofMillis(50);
    /** A ready app opens a session in well under a second; the limit doubles per attempt, for a loaded machine. */
    private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(1);
    private static final Duration LONGEST_ATTEMPT = Duration.ofSeconds(16);

    static AttachedSession open(Path webDriver, String target, Path log, Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        String last = "nothing listening";
        int attempts = 0;
        Duration attempt = FIRST_ATTEMPT;
        while (System.nanoTime() < deadline) {
            if (listening(target)) {
                attempts++;
                WebDriverServer server = WebDriverServer.start(webDriver, null, target, log);
                try {
                    long limit = Math.min(attempt.toNanos(), Math.max(1, deadline - System.nanoTime()));
                    WebDriver driver = newSession(server, limit);
                    LOG.log(DEBUG, "Attached to the app at {0} in {1} ms ({2} attempts)", target,
                            VirtualDisplay.millisSince(t0), attempts);
                    return new AttachedSession(server, driver);
                } catch (ExecutionException refused) {
                    last = String.valueOf(refused.getCause().getMessage()).lines().findFirst().orElse("");
                } catch (TimeoutException e) {
                    last = "the session did not open within " + attempt.toMillis() + " ms";
                    attempt = attempt.multipliedBy(2).compareTo(LONGEST_ATTEMPT) > 0 ? LONGEST_ATTEMPT : attempt.multipliedBy(2);
                }
                server.close();
            }
            sleep(RETRY, target);
        }
        throw new IllegalStateException("No app let WebDriver attach at " + target + " within " + timeout.toSeconds()
                + " s (" + attempts + " attempts). Start it with automation on that port, e.g. mvn tauri:dev"
                + " -Dtauri.dev.automation=" + target.substring(target.lastIndexOf(':') + 1)
                + ". Last attempt: " + last);
    }

    private static WebDriver newSession(WebDriverServer server, long limitNanos) throws ExecutionException, TimeoutException {
        MutableCapabilities caps = new MutableCapabilities();
        caps.setCapability("timeouts", Map.of(
                "pageLoad", SessionStart.PAGE_LOAD_TIMEOUT.toMillis(),
                "script", SessionStart.SCRIPT_TIMEOUT.toMillis()));
        CompletableFuture<WebDriver> session = new CompletableFuture<>();
        // On a timeout this thread stays blocked until server.close() ends the driver and its connection
        Thread.ofVirtual().name("tauri4j-attach").start(() -> {
            try {
                session.complete(new RemoteWebDriver(server.url(), caps));
            } catch (Throwable t) {
                session.completeExceptionally(t);
            }
        });
        try {
            return session.get(limitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while attaching to the app", e);
        }
    }

    private static boolean listening(String target) {
        int colon = target.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1))), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration d, String target) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while attaching to the app at " + target, e);
        }
    }
}
