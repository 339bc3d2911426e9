package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.VirtualDisplay;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relaunch()} from the npm package: the app exits through its exit path with 0 and a new process starts with
 * the same command line (here without WebDriver, whose {@code --automation} session belongs to one process). The
 * page (relaunch.html) relaunches on the first run and exits with 3 on the second; the witness plugin records
 * each start's pid and arguments and each exit in a file.
 */
class ProcessRelaunchIT {

    @Test
    void relaunchStartsTheSameCommandLineAgainAndExitsThroughTheExitPath(@TempDir Path dir) throws Exception {
        Path config = Path.of("target/test-classes/plugins-restart/tauri.conf.json").toAbsolutePath();
        Path witness = dir.resolve("witness.txt");
        Path log = dir.resolve("app.log");
        List<String> command = AppLauncher.mainClass(PluginsApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dwitness.file=" + witness).command();
        try (VirtualDisplay display = VirtualDisplay.open()) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("DISPLAY", display.name());
            pb.environment().put("XDG_DATA_HOME", dir.toString());
            Process first = pb.start();
            try {
                assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the first run ended; log: %s", read(log)).isTrue();
                assertThat(first.exitValue()).as("the first run's code; log: %s", read(log)).isZero();
                for (int i = 0; i < 600 && lines(witness).size() < 4; i++) Thread.sleep(100);
            } finally {
                first.destroyForcibly();
                lines(witness).stream().filter(l -> l.startsWith("start ")).map(l -> Long.parseLong(l.split(" ")[1]))
                        .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            }
        }
        List<String> lines = lines(witness);
        assertThat(lines).as("log: %s", read(log)).hasSize(4);
        String firstPid = lines.get(0).split(" ")[1];
        String secondPid = lines.get(2).split(" ")[1];
        assertThat(firstPid).isEqualTo(String.valueOf(lines.get(1).split(" ")[1])).isNotEqualTo(secondPid);
        assertThat(lines.get(1)).isEqualTo("exit " + firstPid + " 0");
        assertThat(lines.get(3)).isEqualTo("exit " + secondPid + " 3");
        // the same command line: the java launcher, JVM options, class path and main class
        assertThat(lines.get(2).substring(lines.get(2).indexOf('['))).isEqualTo(lines.get(0).substring(lines.get(0).indexOf('[')));
        assertThat(lines.get(0)).contains("-Dwitness.file=" + witness, PluginsApp.class.getName());
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "(no log)";
    }
}
