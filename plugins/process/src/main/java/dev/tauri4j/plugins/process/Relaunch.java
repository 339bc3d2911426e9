package dev.tauri4j.plugins.process;

import dev.tauri4j.App;
import dev.tauri4j.plugins.process.linux.ProcCmdline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starting the app again with the command line it was started with: the JVM's {@code java} (in an installed app the
 * bundled runtime's, as its launcher script started it) and the same arguments, JVM options included, in the same working directory and
 * environment, sharing this process's standard streams. What {@code restart} (the npm package's {@code relaunch()})
 * does before it exits.
 */
public record Relaunch(List<String> command) {

    public Relaunch {
        command = List.copyOf(command);
        if (command.isEmpty()) throw new IllegalArgumentException("A relaunch needs the program to start");
    }

    /**
     * This process's command line: the program from {@link ProcessHandle.Info}, the arguments from
     * {@code /proc/self/cmdline} on Linux (the JDK truncates them) and from {@link ProcessHandle.Info} elsewhere.
     *
     * @throws IllegalStateException when the OS does not tell it (then the app cannot be relaunched)
     */
    public static Relaunch current() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<List<String>> args = ProcCmdline.arguments().or(() -> info.arguments().map(List::of));
        return of(info.command(), args).orElseThrow(() -> new IllegalStateException(
                "The OS does not report this process's command line (neither /proc/self/cmdline nor ProcessHandle.Info), "
                        + "so the app cannot start itself again. Fix: restart it from outside (a service manager or a script)"));
    }

    /** {@code program} and {@code arguments}, if the OS reported both. */
    static Optional<Relaunch> of(Optional<String> program, Optional<List<String>> arguments) {
        if (program.isEmpty() || arguments.isEmpty()) return Optional.empty();
        List<String> line = new ArrayList<>();
        line.add(program.get());
        line.addAll(arguments.get());
        return Optional.of(new Relaunch(line));
    }

    /** Starts the new process (which outlives this one), then exits this app through {@code app.exit(0)}. */
    public void restart(App app) {
        start();
        app.exit(0);
    }

    /** Starts the new process. */
    public Process start() {
        try {
            return new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the app again with " + command + ": " + e.getMessage(), e);
        }
    }
}
