package dev.tauri4j.test;

import static java.lang.System.Logger.Level.DEBUG;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
 * Opens a session with an app that runs already ({@code WebKitWebDriver --target}): the app may still be
 * starting, or restarting after a change in {@code tauri:dev}, so a refused session is tried again until a
 * deadline.
 */
final class AttachedSession {

    private static final System.Logger LOG = System.getLogger(AttachedSession.class.getName());
    private static final Duration RETRY = Duration.ofMillis(50);

    private AttachedSession() {
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

    static WebDriver open(WebDriverServer server, String target, Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        MutableCapabilities caps = new MutableCapabilities();
        caps.setCapability("timeouts", Map.of(
                "pageLoad", SessionStart.PAGE_LOAD_TIMEOUT.toMillis(),
                "script", SessionStart.SCRIPT_TIMEOUT.toMillis()));
        String last = "nothing listening";
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            if (!server.handle().isAlive()) {
                throw new IllegalStateException("WebKitWebDriver --target=" + target + " exited. It said:\n"
                        + SessionStart.tail(server.log()));
            }
            // The driver waits (minutes) for a target that is not there: ask only once something listens.
            if (listening(target)) {
                attempts++;
                CompletableFuture<WebDriver> session = new CompletableFuture<>();
                Thread.ofVirtual().name("tauri4j-attach").start(() -> {
                    try {
                        session.complete(new RemoteWebDriver(server.url(), caps));
                    } catch (Throwable t) {
                        session.completeExceptionally(t);
                    }
                });
                try {
                    WebDriver driver = session.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    LOG.log(DEBUG, "Attached to the app at {0} in {1} ms ({2} attempts)", target,
                            VirtualDisplay.millisSince(t0), attempts);
                    return driver;
                } catch (ExecutionException refused) {
                    last = String.valueOf(refused.getCause().getMessage()).lines().findFirst().orElse("");
                } catch (TimeoutException e) {
                    last = "the session did not open";
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while attaching to the app at " + target, e);
                }
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while attaching to the app at " + target, e);
            }
        }
        throw new IllegalStateException("No app let WebDriver attach at " + target + " within " + timeout.toSeconds()
                + " s (" + attempts + " attempts). Start it with automation on that port, e.g. mvn tauri:dev"
                + " -Dtauri.dev.automation=" + target.substring(target.lastIndexOf(':') + 1)
                + ". Last attempt: " + last
                + "\n--- WebKitWebDriver output ---\n" + SessionStart.tail(server.log()));
    }
}
