package dev.tauri4j.plugins.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private D-Bus session bus ({@code dbus-daemon --session}) and the desktop daemons started on it, for tests of
 * plugins that talk to desktop services; closing it stops them, newest first.
 */
final class DesktopSession implements AutoCloseable {

    private final Process bus;
    private final String address;
    private final List<Process> daemons = new ArrayList<>();

    private DesktopSession(Process bus, String address) {
        this.bus = bus;
        this.address = address;
    }

    /**
     * A session bus without service files: a name nobody owns stays unowned (Debian's session bus would start the
     * installed dunst, or any other activatable daemon, on first call, with the wrong display).
     */
    private static final String CONFIG = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:tmpdir=/tmp</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    /** Starts a session bus of its own. */
    static DesktopSession start() throws IOException {
        Path config = java.nio.file.Files.createTempFile("tauri4j-session-bus", ".conf");
        java.nio.file.Files.writeString(config, CONFIG);
        config.toFile().deleteOnExit();
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (address == null || address.isBlank()) {
            bus.destroy();
            throw new IOException("dbus-daemon printed no address. Fix: apt-get install dbus-daemon");
        }
        return new DesktopSession(bus, address.trim());
    }

    /** The bus's address, for {@code DBUS_SESSION_BUS_ADDRESS}. */
    String address() {
        return address;
    }

    /** Starts {@code command} on this bus and {@code display}, its output in {@code log}. */
    Process daemon(String display, Path log, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("DBUS_SESSION_BUS_ADDRESS", address, "DISPLAY", display));
        Process p = pb.start();
        daemons.add(p);
        return p;
    }

    /** Runs {@code command} on this bus and answers its standard output; a non-zero exit is an error. */
    String run(String display, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(Map.of("DBUS_SESSION_BUS_ADDRESS", address, "DISPLAY", display));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroy();
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** Waits until {@code name} has an owner on the bus (a daemon has come up). */
    void awaitName(String display, String name) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String out = run(display, "gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path",
                    "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.NameHasOwner", name);
            if (out.contains("true")) return;
            Thread.sleep(100);
        }
        throw new IOException("nothing took the bus name " + name + " within 20 s");
    }

    @Override
    public void close() {
        for (Process p : daemons.reversed()) stop(p);
        stop(bus);
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
