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
     * A zombie still counts as alive for {@link ProcessHandle#isAlive()} until its new parent reaps it,
     * which can take a while for orphans; it runs no code any more, so it counts as stopped here.
     */
    static boolean isRunning(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException gone) {
            return false;
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
