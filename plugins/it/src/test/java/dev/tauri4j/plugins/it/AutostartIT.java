package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.TauriDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The autostart plugin through the unchanged {@code @tauri-apps/plugin-autostart} in a real window, with a temporary
 * {@code XDG_CONFIG_HOME}: {@code enable} writes the XDG autostart entry that desktop-file-validate accepts, whose
 * {@code Exec} is the running app's own command line and the plugin's arguments; {@code disable} removes it.
 */
class AutostartIT {

    @Test
    void enableWritesTheEntryThatStartsThisAppAndDisableRemovesIt() throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dataHome = Files.createTempDirectory(target, "xdg-data");
        Path configHome = Files.createTempDirectory(target, "xdg-config");
        Path witness = dataHome.resolve("witness.log");
        Path entry = configHome.resolve("autostart/plugins-e2e.desktop");
        try (TauriDriver app = PluginsIT.start(PluginsIT.launcher(dataHome).env("XDG_CONFIG_HOME", configHome.toString())
                .jvmArgs("-Dwitness.file=" + witness))) {
            try {
                assertThat(app.settle("window.autostartApi.isEnabled()")).containsEntry("value", false);
                assertThat(app.settle("window.autostartApi.enable()")).containsEntry("ok", true);
                assertThat(app.settle("window.autostartApi.isEnabled()")).containsEntry("value", true);

                assertThat(entry).exists();
                Process validate = new ProcessBuilder("desktop-file-validate", entry.toString()).redirectErrorStream(true).start();
                String complaints = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(validate.waitFor()).as(complaints).isZero();
                assertThat(complaints).isEmpty();

                long pid = Long.parseLong(Files.readAllLines(witness).getFirst().split(" ")[1]);
                List<String> cmdline = List.of(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")),
                        StandardCharsets.UTF_8).split("\0"));
                String exec = Files.readAllLines(entry).stream().filter(l -> l.startsWith("Exec=")).findFirst().orElseThrow();
                // the class path and options hold no reserved character here, so each argument stands as it is
                assertThat(exec).isEqualTo("Exec=" + String.join(" ", cmdline) + " --minimized \"--from autostart\"");
                assertThat(exec).contains(PluginsApp.class.getName());
                assertThat(Files.readString(entry)).contains("Name=plugins-e2e\n", "Type=Application\n");

                assertThat(app.settle("window.autostartApi.disable()")).containsEntry("ok", true);
                assertThat(app.settle("window.autostartApi.isEnabled()")).containsEntry("value", false);
                assertThat(entry).doesNotExist();

                PluginsIT.inBareWindow(app, () -> {
                    Map<String, Object> r = app.settle("window.autostartApi.enable()");
                    assertThat(r).containsEntry("ok", false);
                    assertThat((String) r.get("error")).contains("plugin:autostart|enable").contains("\"autostart:allow-enable\"");
                });
                assertThat(entry).doesNotExist();
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
        }
    }
}
