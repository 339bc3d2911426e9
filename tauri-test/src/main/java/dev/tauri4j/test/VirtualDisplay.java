package dev.tauri4j.test;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.INFO;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An X display for the app's window: the one in {@code $DISPLAY} if it answers, otherwise a fresh Xvfb. */
public final class VirtualDisplay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VirtualDisplay.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final Process xvfb;
    private final Path xvfbLog;
    private final Thread shutdownHook;

    private VirtualDisplay(String name, Process xvfb, Path xvfbLog) {
        this.name = name;
        this.xvfb = xvfb;
        this.xvfbLog = xvfbLog;
        // A test that forgets close() or a JVM killed by the build must not leave an X server behind.
        this.shutdownHook = xvfb == null ? null : new Thread(xvfb::destroyForcibly, "tauri4j-xvfb-reaper");
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Set to {@code forbidden} in the unit-test layer (the build's surefire configuration): a display there would
     * make {@code mvn test} depend on an X server, so a test that asks for one fails with the fix instead.
     */
    public static final String LAYER_PROPERTY = "tauri4j.test.display";

    /** Uses {@code $DISPLAY} when it is set and answers; otherwise starts Xvfb (which must be installed). */
    public static VirtualDisplay open() {
        requireDisplayLayer();
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            if (answers(current)) {
                LOG.log(DEBUG, "Using the existing display {0}", current);
                return new VirtualDisplay(current, null, null);
            }
            LOG.log(INFO, "DISPLAY={0} does not answer; starting Xvfb instead", current);
        }
        return startXvfb();
    }

    /** Starts a new Xvfb on a free display number, whatever {@code $DISPLAY} says. */
    public static VirtualDisplay startXvfb() {
        return startXvfb(HostTool.XVFB.require());
    }

    static VirtualDisplay startXvfb(Path executable) {
        requireDisplayLayer();
        long t0 = System.nanoTime();
        Path log;
        Process process;
        try {
            log = Files.createTempFile("tauri4j-xvfb-", ".log");
            // -displayfd makes Xvfb pick a free number itself and print it once it accepts connections:
            // no race over lock files, and no polling for readiness.
            process = new ProcessBuilder(executable.toString(), "-displayfd", "1",
                    "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectError(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + executable, e);
        }
        CompletableFuture<String> number = new CompletableFuture<>();
        Thread.ofVirtual().name("tauri4j-xvfb-stdout").start(() -> readDisplayNumber(process, number));
        try {
            String line = number.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || !line.strip().matches("\\d+")) {
                throw failure(process, log, "Xvfb exited before it reported a display number");
            }
            String name = ":" + line.strip();
            LOG.log(DEBUG, "Xvfb pid {0} ready on {1} in {2} ms", process.pid(), name, millisSince(t0));
            return new VirtualDisplay(name, process, log);
        } catch (TimeoutException e) {
            throw failure(process, log, "Xvfb reported no display number within " + START_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw failure(process, log, "Could not read Xvfb's display number: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(process, log, "Interrupted while waiting for Xvfb");
        }
    }

    /** The X display name, e.g. {@code :1}; pass it as {@code DISPLAY} to programs that should draw here. */
    public String name() {
        return name;
    }

    /**
     * Runs an X client ({@code xdotool}, {@code xprop}, {@code scrot}, ...) on this display and returns what it printed,
     * stdout and stderr together; a missing tool fails the test with the packages to install.
     */
    public String run(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("DISPLAY", name);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test: sudo apt-get install xdotool x11-utils scrot", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether this object started its own Xvfb (and so stops it on close). */
    public boolean startedXvfb() {
        return xvfb != null;
    }

    /** Stops the Xvfb this object started; a borrowed display is left alone. */
    @Override
    public void close() {
        if (xvfb == null) {
            return;
        }
        long t0 = System.nanoTime();
        List<ProcessHandle> left = ProcessTree.stop(List.of(xvfb.toHandle()), Duration.ZERO);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; nothing to undo
        }
        deleteQuietly(xvfbLog);
        LOG.log(DEBUG, "Xvfb on {0} stopped in {1} ms", name, millisSince(t0));
        if (!left.isEmpty()) {
            throw new IllegalStateException("Xvfb (pid " + xvfb.pid() + ") did not stop");
        }
    }

    @Override
    public String toString() {
        return "VirtualDisplay[" + name + (xvfb != null ? ", Xvfb pid " + xvfb.pid() : ", borrowed") + "]";
    }

    /** Refuses a display in the layer that must run without one, naming the fix. */
    static void requireDisplayLayer() {
        if ("forbidden".equals(System.getProperty(LAYER_PROPERTY))) {
            throw new IllegalStateException("This test needs an X display, but it runs in the unit-test layer"
                    + " (maven-surefire, `mvn test`), which starts none (" + LAYER_PROPERTY + "=forbidden). Fix: name"
                    + " the test class *IT so that maven-failsafe runs it in the integration-test phase (`mvn verify`).");
        }
    }

    /** A cheap round trip to the server; without xdpyinfo we trust the variable rather than fail. */
    private static boolean answers(String display) {
        var probe = HostTool.XDPYINFO.find();
        if (probe.isEmpty()) {
            return true;
        }
        try {
            Process p = new ProcessBuilder(probe.get().toString(), "-display", display)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void readDisplayNumber(Process process, CompletableFuture<String> number) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            number.complete(in.readLine());
            // Keep draining: a full pipe would block the X server.
            in.transferTo(java.io.Writer.nullWriter());
        } catch (IOException e) {
            number.completeExceptionally(e);
        }
    }

    private static IllegalStateException failure(Process process, Path log, String what) {
        process.destroyForcibly();
        String output = "";
        try {
            process.waitFor(2, TimeUnit.SECONDS);
            output = Files.readString(log).strip();
        } catch (IOException | InterruptedException ignored) {
            // the message below is still useful without Xvfb's own words
        }
        deleteQuietly(log);
        return new IllegalStateException(what + (output.isEmpty() ? "" : ". Xvfb said:\n" + output));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temp file is not worth failing a test over
        }
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
