package dev.tauri4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An openbox window manager on a display of its own, with a configuration and a home folder it writes itself, so
 * that nothing the machine has (or lacks) in {@code ~/.config/openbox} changes what a test sees.
 */
public final class WindowManager implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The whole configuration: openbox's defaults for everything not named here. Two desktops, so that "visible on
     * all workspaces" means something; new windows take the focus, so a test's window is the active one.
     */
    private static final String RC_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <openbox_config xmlns="http://openbox.org/3.4/rc">
              <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
              <placement><policy>Smart</policy></placement>
              <desktops><number>2</number></desktops>
              <theme><name>Clearlooks</name></theme>
            </openbox_config>
            """;

    private final VirtualDisplay display;
    private final Process process;
    private final Path home;

    private WindowManager(VirtualDisplay display, Process process, Path home) {
        this.display = display;
        this.process = process;
        this.home = home;
    }

    /**
     * Starts openbox on {@code display}, which must be a display this test started ({@link
     * VirtualDisplay#startXvfb()}): a window manager on somebody's desktop would fight theirs. Returns once openbox
     * manages the screen (its check window is on the root window), or fails with its log.
     */
    public static WindowManager openbox(VirtualDisplay display) {
        if (!display.startedXvfb()) {
            throw new IllegalArgumentException("A window manager is started only on a display the test owns: use"
                    + " VirtualDisplay.startXvfb(), not " + display);
        }
        Path executable = HostTool.OPENBOX.require();
        HostTool.XPROP.require();
        Path home = createHome();
        Process process;
        try {
            ProcessBuilder pb = new ProcessBuilder(executable.toString(), "--sm-disable",
                    "--config-file", home.resolve("rc.xml").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("openbox.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(environment(display, home));
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + executable, e);
        }
        WindowManager wm = new WindowManager(display, process, home);
        wm.awaitManaging();
        return wm;
    }

    /** The environment openbox runs in: the display, and a home of its own for its config, cache and logs. */
    static Map<String, String> environment(VirtualDisplay display, Path home) {
        return Map.of("DISPLAY", display.name(), "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString());
    }

    private static Path createHome() {
        try {
            Path home = Files.createTempDirectory("tauri4j-openbox-");
            Files.writeString(home.resolve("rc.xml"), RC_XML);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a home folder for openbox", e);
        }
    }

    private void awaitManaging() {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!managing()) {
            if (!process.isAlive() || System.nanoTime() > end) {
                String why = process.isAlive() ? "did not take over " + display.name() + " within "
                        + START_TIMEOUT.toSeconds() + " s" : "exited with " + process.exitValue();
                // describe() reads openbox's log, which close() deletes with its home folder
                String state = describe();
                close();
                throw new IllegalStateException("openbox " + why + ". " + state);
            }
            sleep(20);
        }
    }

    /** Whether openbox runs and has announced itself on the root window (EWMH's _NET_SUPPORTING_WM_CHECK). */
    public boolean managing() {
        return process.isAlive() && xprop("-root", "_NET_SUPPORTING_WM_CHECK").contains("window id");
    }

    /** What the window manager is doing, for a failure message: alive, the root window's WM properties, its log. */
    public String describe() {
        String state = process.isAlive() ? "running (pid " + process.pid() + ")" : "exited (" + process.exitValue() + ")";
        return "openbox " + state + " on " + display.name()
                + "; root _NET_SUPPORTING_WM_CHECK: " + xprop("-root", "_NET_SUPPORTING_WM_CHECK")
                + "; root _NET_ACTIVE_WINDOW: " + xprop("-root", "_NET_ACTIVE_WINDOW")
                + "; managed windows: " + clients()
                + "; openbox log: " + TauriDriver.readOrEmpty(home.resolve("openbox.log")).strip();
    }

    /** Each window in openbox's client list with its title, EWMH state and desktop. */
    private String clients() {
        String list = xprop("-root", "_NET_CLIENT_LIST");
        int hash = list.indexOf('#');
        if (hash < 0) return list;
        StringBuilder out = new StringBuilder();
        for (String id : list.substring(hash + 1).split(",")) {
            String window = id.strip();
            out.append("\n  ").append(window).append(' ')
                    .append(xprop("-id", window, "WM_NAME", "_NET_WM_STATE", "_NET_WM_DESKTOP").replace('\n', ' '));
        }
        return out.toString();
    }

    /** Stops openbox and removes its home folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TauriDriver.deleteTree(home);
    }

    private String xprop(String... args) {
        try {
            ProcessBuilder pb = new ProcessBuilder(prepend(HostTool.XPROP.command(), args)).redirectErrorStream(true);
            pb.environment().put("DISPLAY", display.name());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "(xprop failed: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static List<String> prepend(String first, String... rest) {
        var all = new java.util.ArrayList<String>(rest.length + 1);
        all.add(first);
        all.addAll(List.of(rest));
        return all;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for openbox", e);
        }
    }
}
