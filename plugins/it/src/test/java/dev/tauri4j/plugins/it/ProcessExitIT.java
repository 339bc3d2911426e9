package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exit(7)} from the npm package ends the app's process with code 7, through the app's exit path (every
 * plugin's {@code onExit} runs). The app's {@code java} is a wrapper that records the JVM's exit status, since
 * WebKitWebDriver, which starts the app, does not tell it.
 */
class ProcessExitIT {

    @Test
    void exitEndsTheProcessWithTheCodeAfterThePluginsOnExit(@TempDir Path dir) throws Exception {
        Path status = dir.resolve("exit-status");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path wrapper = dir.resolve("java");
        Files.writeString(wrapper, "#!/bin/sh\n'" + java + "' \"$@\"\necho $? > '" + status + "'\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));

        TauriDriver app = PluginsIT.start(PluginsIT.launcher(dir).java(wrapper));
        String log;
        try {
            app.executeAsync("window.processApi.exit(7); return null;");
            for (int i = 0; i < 300 && !Files.exists(status); i++) Thread.sleep(100);
        } finally {
            app.close();
            log = app.appLog();
            System.out.println("---- app log ----\n" + log);
        }
        assertThat(status).as("the app ended by itself").exists();
        assertThat(Files.readString(status).strip()).isEqualTo("7");
        assertThat(log).contains("witness: onExit(7)");
    }
}
