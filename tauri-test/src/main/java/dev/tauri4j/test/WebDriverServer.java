package dev.tauri4j.test;

import static java.lang.System.Logger.Level.DEBUG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A running {@code WebKitWebDriver} bound to a free loopback port, drawing on a given display. */
final class WebDriverServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebDriverServer.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
    private static final int PORT_ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final Path log;

    private WebDriverServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the driver with {@code DISPLAY} pointing at {@code display}. The free port can be taken
     * between our probe and the driver's bind; the driver then exits at once, so we simply try again.
     */
    static WebDriverServer start(Path executable, VirtualDisplay display, Path log) {
        return start(executable, display, null, log);
    }

    /**
     * With a {@code target} ("127.0.0.1:port") the driver starts no app: each new session connects to the app
     * already listening there (one started with automation and {@code WEBKIT_INSPECTOR_SERVER}); no display needed.
     */
    static WebDriverServer start(Path executable, VirtualDisplay display, String target, Path log) {
        long t0 = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--port=" + port, "--host=127.0.0.1"));
            if (target != null) command.add("--target=" + target);
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            if (display != null) environmentFor(display, pb.environment());
            Process process;
            try {
                process = pb.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + executable, e);
            }
            WebDriverServer server = new WebDriverServer(process, port, log);
            try {
                if (server.awaitStatus()) {
                    LOG.log(DEBUG, "WebKitWebDriver pid {0} ready on port {1} in {2} ms",
                            process.pid(), port, VirtualDisplay.millisSince(t0));
                    return server;
                }
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            if (attempt == PORT_ATTEMPTS) {
                throw new IllegalStateException("WebKitWebDriver exited with status " + process.exitValue()
                        + " (" + attempt + " attempts). It said:\n" + server.log().strip());
            }
        }
    }

    /**
     * The app inherits this environment from the driver. GTK prefers Wayland when it can reach it, which
     * would put the window on the developer's desktop instead of the display we chose.
     */
    static void environmentFor(VirtualDisplay display, Map<String, String> env) {
        env.put("DISPLAY", display.name());
        env.put("GDK_BACKEND", "x11");
        env.remove("WAYLAND_DISPLAY");
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    /** Stops the driver only; the app it started is not its child once it dies, so the caller reaps it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** True once the driver answers; false if it exited first (its port was taken, most likely). */
    private boolean awaitStatus() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (http) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    return false;
                }
                try {
                    if (http.send(status, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return true;
                    }
                } catch (IOException notListeningYet) {
                    // expected until the driver has bound its port
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for WebKitWebDriver", e);
        }
        throw new IllegalStateException("WebKitWebDriver did not answer /status on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s. It said:\n" + log().strip());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for WebKitWebDriver", e);
        }
    }
}
