package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    @Test
    void stopEndsTheRootAndItsDescendantsAlsoOnesThatIgnoreSigterm() throws Exception {
        // a shell with a polite child and a child that ignores SIGTERM (needs the forced round)
        Process root = new ProcessBuilder("sh", "-c", "sleep 300 & (trap '' TERM; sleep 300) & wait").start();
        List<ProcessHandle> children = List.of();
        for (int i = 0; i < 200 && children.size() < 2; i++) {
            Thread.sleep(20);
            children = root.toHandle().descendants().toList();
        }
        assertThat(children).hasSizeGreaterThanOrEqualTo(2);

        ProcessTree.stop(root.toHandle(), Duration.ofMillis(500));

        assertThat(root.isAlive()).isFalse();
        for (ProcessHandle child : children) {
            for (int i = 0; i < 100 && child.isAlive(); i++) Thread.sleep(20); // reaped by init, not by us
            assertThat(child.isAlive()).as("pid " + child.pid()).isFalse();
        }
    }
}
