package dev.tauri4j.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stops processes the harness started, their children included, politely first and then for good. */
final class ProcessTree {

    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration AFTER_TERM = Duration.ofSeconds(2);

    private ProcessTree() {
    }

    /** The process and everything below it, children before they can be re-parented away from it. */
    static Set<ProcessHandle> of(ProcessHandle root) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /**
     * Gives the processes {@code grace} to exit on their own, then sends SIGTERM, then SIGKILL.
     * Returns those that still run, which should be none.
     */
    static List<ProcessHandle> stop(Collection<ProcessHandle> processes, Duration grace) {
        awaitExit(processes, grace);
        signal(processes, false);
        awaitExit(processes, AFTER_TERM);
        signal(processes, true);
        awaitExit(processes, AFTER_TERM);
        return running(processes);
    }

    static List<ProcessHandle> running(Collection<ProcessHandle> processes) {
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle p : processes) {
            if (isRunning(p)) {
                left.add(p);
            }
        }
        return left;
    }

    /**
     * A zombie still counts as alive for {@link ProcessHandle#isAlive()} until its new parent reaps it, which can take
     * a while for orphans; once it runs no code it counts as stopped here. But a process whose main thread has exited
     * shows as a zombie while its other threads are still tearing down, and those still hold its files and sockets
     * (WebKit's inspector server kept listening on its port for 150-500 ms that way, so an app restarted on the same
     * port could not bind it): it is stopped only when no thread is left.
     */
    static boolean isRunning(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        try {
            return isRunning(Files.readString(proc.resolve("stat")), threads(proc));
        } catch (IOException gone) {
            return false;
        }
    }

    /** From {@code /proc/<pid>/stat} and the number of entries in {@code /proc/<pid>/task}. */
    static boolean isRunning(String stat, int threads) {
        int afterName = stat.lastIndexOf(')');
        boolean zombie = afterName >= 0 && afterName + 2 < stat.length() && stat.charAt(afterName + 2) == 'Z';
        // a zombie's own entry may still be listed; any other entry is a thread that has not exited
        return !zombie || threads > 1;
    }

    private static int threads(Path proc) {
        try (var tasks = Files.list(proc.resolve("task"))) {
            return (int) tasks.count();
        } catch (IOException gone) {
            return 0;
        }
    }

    private static void signal(Collection<ProcessHandle> processes, boolean forcibly) {
        for (ProcessHandle p : processes) {
            if (isRunning(p)) {
                if (forcibly) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
            }
        }
    }

    private static void awaitExit(Collection<ProcessHandle> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!running(processes).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
