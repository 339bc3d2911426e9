package dev.tauri4j.plugins.deeplink.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration against the real xdg-utils and desktop-file-utils, in temporary XDG data and config folders. */
class XdgSchemeHandlerTest {

    @TempDir Path data;
    @TempDir Path config;

    private XdgSchemeHandler handler() {
        return new XdgSchemeHandler(() -> data.resolve("applications"), () -> config.resolve("mimeapps.list"),
                "com.example.app-handler.desktop", "Example App", List.of("/opt/example app/bin/example"));
    }

    @Test
    void registerWritesAHiddenHandlerAndMakesItTheDefaultUnregisterUndoesIt() throws Exception {
        XdgSchemeHandler handler = handler();
        assertThat(handler.isRegistered("example")).isFalse();
        handler.register("example");
        assertThat(Files.readString(handler.file())).isEqualTo("""
                [Desktop Entry]
                Type=Application
                Name=Example App
                Exec="/opt/example app/bin/example" %u
                Terminal=false
                MimeType=x-scheme-handler/example;
                NoDisplay=true
                """);
        Process validate = new ProcessBuilder("desktop-file-validate", handler.file().toString()).redirectErrorStream(true).start();
        String complaints = new String(validate.getInputStream().readAllBytes());
        assertThat(validate.waitFor()).as(complaints).isZero();
        assertThat(handler.isRegistered("example")).isTrue();
        assertThat(Files.readString(config.resolve("mimeapps.list"))).contains("x-scheme-handler/example=com.example.app-handler.desktop");

        handler.register("example-beta");
        assertThat(Files.readString(handler.file())).contains("MimeType=x-scheme-handler/example-beta;x-scheme-handler/example;\n");
        assertThat(handler.isRegistered("example-beta")).isTrue();

        handler.unregister("example");
        assertThat(handler.isRegistered("example")).isFalse();
        assertThat(handler.isRegistered("example-beta")).isTrue();
    }
}
