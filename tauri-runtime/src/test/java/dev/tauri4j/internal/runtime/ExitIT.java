package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.VirtualDisplay;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing the last window ends the process, every time: WebKit's teardown must never hang it. */
class ExitIT {

    @Test
    void closingTheLastWindowEndsTheProcessWithCodeZero() throws Exception {
        Path config = Path.of("target/test-classes/e2e/tauri.conf.json").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (VirtualDisplay display = VirtualDisplay.open()) {
            for (int run = 0; run < 5; run++) {
                Path log = Files.createTempFile("tauri4j-exit", ".log");
                ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dtauri.config=" + config,
                        "-De2e.closeAfterMs=700", "-cp", System.getProperty("java.class.path"), E2eApp.class.getName()))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().put("DISPLAY", display.name());
                Process p = pb.start();
                boolean ended = p.waitFor(30, TimeUnit.SECONDS);
                if (!ended) p.destroyForcibly();
                assertThat(ended).as("run %d ended by itself; log: %s", run, Files.readString(log)).isTrue();
                assertThat(p.exitValue()).as("exit code of run %d; log: %s", run, Files.readString(log)).isZero();
                Files.delete(log);
            }
        }
    }
}
