package dev.tauri4j.build.dev;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process and all its descendants: a polite signal first, then a forced one after a grace period. */
final class ProcessTree {

    private static final long POLL_MILLIS = 5;

    private ProcessTree() {}

    /**
     * Ends {@code root} and every descendant it has when called (a snapshot, taken before anything is signalled,
     * so children reparented to init by their parent's death are still ended).
     */
    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        List<ProcessHandle> tree = new ArrayList<>(descendants);
        tree.add(root);
        for (ProcessHandle p : tree) p.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        // the root first: for our own child the JDK sees the exit at once, while onExit() of any other process
        // polls, the first time after 300 ms (a restart would wait that long for WebKit's helpers)
        awaitRoot(root, deadline);
        for (ProcessHandle p : descendants) await(p, deadline);
        for (ProcessHandle p : tree) {
            if (p.isAlive()) p.destroyForcibly();
        }
        // a process that survives SIGKILL for 2 s is beyond our reach
        long killDeadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        awaitRoot(root, killDeadline);
        for (ProcessHandle p : descendants) await(p, killDeadline);
    }

    private static void awaitRoot(ProcessHandle root, long deadline) {
        long left = deadline - System.nanoTime();
        try {
            if (left > 0) root.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // timed out: the caller forces it
        }
    }

    private static void await(ProcessHandle p, long deadline) {
        try {
            while (p.isAlive() && System.nanoTime() < deadline) Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
