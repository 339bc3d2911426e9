package dev.tauri4j.plugins.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RelaunchTest {

    @Test
    void theCommandLineIsThisJvmsLauncherWithItsOptionsAndArguments() {
        List<String> line = Relaunch.current().command();
        assertThat(Path.of(line.getFirst())).isEqualTo(Path.of(ProcessHandle.current().info().command().orElseThrow()));
        assertThat(Path.of(line.getFirst()).getFileName().toString()).isEqualTo("java");
        // surefire's JVM options (the native-access flag from the parent pom) are part of it
        assertThat(line).containsAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @Test
    void theRelaunchedProcessRunsTheSameCommandLine() throws Exception {
        Process p = new Relaunch(List.of("sh", "-c", "exit 7")).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(7);
    }

    @Test
    void aProgramThatCannotStartSaysWhich() {
        assertThatThrownBy(() -> new Relaunch(List.of("/nonexistent/tauri4j-app")).start())
                .hasMessageContaining("/nonexistent/tauri4j-app");
        assertThatThrownBy(() -> new Relaunch(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
