package dev.tauri4j.plugins.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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

    /** Prints {@link Relaunch#current()}'s arguments, one a line, for the long-command-line test. */
    public static final class PrintCommandLine {
        public static void main(String[] args) {
            Relaunch.current().command().forEach(System.out::println);
        }
    }

    @Test
    void aCommandLineLongerThanAPageIsReportedWhole() throws Exception {
        // the JDK's ProcessHandle.Info gives no arguments at all past 4096 bytes of /proc/<pid>/cmdline
        String big = "-Dbig=" + "x".repeat(6000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, big, "-cp", System.getProperty("java.class.path"), PrintCommandLine.class.getName(), "an argument")
                .redirectErrorStream(true).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(String.join("\n", out)).containsExactly(java, big, "-cp", System.getProperty("java.class.path"),
                PrintCommandLine.class.getName(), "an argument");
    }

    @Test
    void cmdlineIsSplitAtNulsWithoutArgvZero() {
        byte[] cmdline = "java\0-cp\0a b\0\0Main\0".getBytes(StandardCharsets.UTF_8);
        assertThat(dev.tauri4j.plugins.process.linux.ProcCmdline.parse(cmdline, StandardCharsets.UTF_8))
                .containsExactly("-cp", "a b", "", "Main");
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
