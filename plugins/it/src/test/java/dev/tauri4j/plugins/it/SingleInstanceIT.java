package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The single-instance plugin with two real processes of the test app: the second launch, started from another
 * folder with arguments, exits at once with code 0 and opens no window, and the running one's handler gets its
 * arguments and folder (the test app emits them to its page as {@code second-launch}).
 */
class SingleInstanceIT {

    @Test
    void aSecondLaunchHandsItsArgumentsAndFolderToTheRunningAppAndExits() throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dataHome = Files.createTempDirectory(target, "xdg-data");
        Path runtimeDir = Files.createTempDirectory("xdg-rt"); // short: a Unix socket path has at most 108 bytes
        Path elsewhere = Files.createTempDirectory(target, "second launch");
        AppLauncher first = PluginsIT.launcher(dataHome).env("XDG_RUNTIME_DIR", runtimeDir.toString()).jvmArgs("-Dsingle.instance=true");
        try (VirtualDisplay display = VirtualDisplay.startXvfb();
             TauriDriver app = PluginsIT.open(TauriDriver.start(first, display))) {
            try {
                assertThat(app.settle("""
                        (async () => {
                          const { listen } = await import('@tauri-apps/api/event');
                          window.launches = [];
                          await listen('second-launch', e => window.launches.push(e.payload));
                        })()""")).containsEntry("ok", true);
                assertThat(runtimeDir.resolve("dev.tauri4j.plugins.e2e.single-instance.sock")).exists();

                List<String> command = new ArrayList<>(first.command());
                command.addAll(List.of("open", "two words", "tauri4j-e2e://path?q=1"));
                ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
                pb.environment().putAll(first.environment());
                pb.environment().put("DISPLAY", display.name());
                long t0 = System.nanoTime();
                Process second = pb.start();
                String secondLog = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(second.waitFor(60, TimeUnit.SECONDS)).as(secondLog).isTrue();
                assertThat(second.exitValue()).as(secondLog).isZero();
                System.out.println("second launch handed over and exited in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                assertThat(secondLog).contains("runs already").doesNotContain("Exception");

                Map<String, Object> seen = app.settle("""
                        (async () => {
                          for (let i = 0; i < 100 && window.launches.length === 0; i++) await new Promise(d => setTimeout(d, 50));
                          return window.launches;
                        })()""");
                assertThat(seen.get("value")).isEqualTo(List.of(Map.of(
                        "args", List.of("open", "two words", "tauri4j-e2e://path?q=1"), "cwd", elsewhere.toRealPath().toString())));
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
        }
    }
}
