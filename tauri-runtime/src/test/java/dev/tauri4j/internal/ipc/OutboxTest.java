package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.runtime.FakePlatform;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final FakePlatform platform = new FakePlatform();
    private final Outbox outbox = new Outbox(platform, () -> platform);

    @Test
    void aBurstBecomesOneUiTaskAndOneEvalInOrder() {
        for (int i = 0; i < 1000; i++) outbox.deliver(7, Map.of("i", i));
        assertThat(platform.tasks).hasSize(1);
        platform.runTasks();
        assertThat(platform.evals).hasSize(1);
        String script = platform.evals.getFirst();
        assertThat(script).startsWith("window.__TAURI4J_DELIVER__([[0,7,{\"i\":0}],[0,7,{\"i\":1}]");
        assertThat(script).endsWith("[0,7,{\"i\":999}]])");
        assertThat(script.indexOf("{\"i\":500}")).isLessThan(script.indexOf("{\"i\":501}"));
    }

    @Test
    void answersKeepTheirKind() {
        outbox.resolve(1, "\"ok\"");
        outbox.reject(2, "{\"code\":\"X\",\"message\":\"m\"}");
        outbox.pullBinary(3, "abc");
        platform.runTasks();
        assertThat(platform.evals.getFirst())
                .isEqualTo("window.__TAURI4J_DELIVER__([[1,1,\"ok\"],[2,2,{\"code\":\"X\",\"message\":\"m\"}],[3,3,\"abc\"]])");
    }

    @Test
    void clearDropsWhatTheOldPageDidNotGet() {
        outbox.deliver(1, "old");
        outbox.clear();
        platform.runTasks();
        assertThat(platform.evals).isEmpty();
        outbox.deliver(1, "new");
        platform.runTasks();
        assertThat(platform.evals).containsExactly("window.__TAURI4J_DELIVER__([[0,1,\"new\"]])");
    }

    @Test
    void aHugeBacklogIsSplitIntoSeveralEvals() {
        String big = "x".repeat(1 << 20);
        for (int i = 0; i < 20; i++) outbox.deliver(1, big);
        while (platform.runTasks() > 0) {
            // each flush reschedules itself while entries remain
        }
        assertThat(platform.evals.size()).isBetween(2, 20);
        assertThat(platform.evals.stream().mapToInt(s -> s.split("\\[0,1,", -1).length - 1).sum()).isEqualTo(20);
    }
}
