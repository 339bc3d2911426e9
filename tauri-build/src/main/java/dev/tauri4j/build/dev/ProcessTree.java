package dev.tauri4j.build.dev;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process and all its descendants: a polite signal first, then a forced one after a grace period. */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * Ends {@code root} and every descendant it has when called (a snapshot, taken before anything is signalled,
     * so children reparented to init by their parent's death are still ended).
     */
    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        // leaves first would not matter for SIGTERM; signal all, then wait for all together
        for (ProcessHandle p : tree) p.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // timed out: forced below
            }
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) p.destroyForcibly();
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // a process that survives SIGKILL for 2 s is beyond our reach
            }
        }
    }
}
