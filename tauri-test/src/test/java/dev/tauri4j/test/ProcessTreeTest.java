package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    // /proc/<pid>/stat: pid, (comm), state, ...; a command name may itself hold ") Z ("
    private static final String RUNNING = "4242 (MiniBrowser) S 1 4242 4242 0 -1 4194560";
    private static final String ZOMBIE = "4242 (MiniBrowser) Z 1 4242 4242 0 -1 4194564";
    private static final String TRICKY_NAME = "4242 (a) Z (b) R 1 4242 4242 0 -1 4194560";

    @Test
    void aZombieIsStoppedOnlyOnceNoThreadIsLeft() {
        assertThat(ProcessTree.isRunning(RUNNING, 5)).isTrue();
        assertThat(ProcessTree.isRunning(ZOMBIE, 2)).as("main thread gone, another still holding the sockets").isTrue();
        assertThat(ProcessTree.isRunning(ZOMBIE, 1)).isFalse();
        assertThat(ProcessTree.isRunning(ZOMBIE, 0)).isFalse();
        assertThat(ProcessTree.isRunning(TRICKY_NAME, 1)).as("the state follows the last ')'").isTrue();
    }

    @Test
    void stopEndsAProcessTreeAndReportsNothingLeft() throws Exception {
        Process sh = new ProcessBuilder("sh", "-c", "sleep 60 & sleep 60; wait").start();
        List<ProcessHandle> tree = List.copyOf(waitForChildren(sh.toHandle(), 2));
        assertThat(ProcessTree.stop(tree, Duration.ZERO)).isEmpty();
        assertThat(tree).noneMatch(ProcessTree::isRunning);
    }

    private static java.util.Set<ProcessHandle> waitForChildren(ProcessHandle root, int children) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (root.children().count() < children && System.nanoTime() < end) Thread.sleep(10);
        return ProcessTree.of(root);
    }
}
