package dev.tauri4j.internal.core.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.TrayIcon;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.TrayIconConfig;
import dev.tauri4j.internal.core.image.PngEncoder;
import dev.tauri4j.plugin.Image;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The icon of app.trayIcon: next to the config, or embedded in the jar by tauri:build; errors name iconPath. */
class ConfigTrayTest {

    @TempDir
    Path dir;

    private static final Image BLUE = Image.of(new byte[] {0, 0, (byte) 255, (byte) 255, 0, 0, (byte) 255, (byte) 255}, 2, 1);

    @Test
    void theIconIsReadRelativeToTheConfigFolder() throws IOException {
        Files.createDirectories(dir.resolve("icons"));
        Files.write(dir.resolve("icons/tray.png"), PngEncoder.encode(BLUE));
        TrayIcon.Builder b = ConfigTray.builder(new TrayIconConfig(null, "icons/tray.png", false, true, "T", "tip"), dir, getClass().getClassLoader());
        assertThat(b.id()).isEqualTo("main");
        assertThat(b.icon()).isEqualTo(BLUE);
        assertThat(b.tooltip()).isEqualTo("tip");
        assertThat(b.title()).isEqualTo("T");
    }

    @Test
    void withoutAConfigFolderTheIconComesFromTheJar() throws IOException {
        Files.createDirectories(dir.resolve("tauri4j"));
        Files.write(dir.resolve("tauri4j/tray-icon.png"), PngEncoder.encode(BLUE));
        try (URLClassLoader jar = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(ConfigTray.builder(new TrayIconConfig("t", "icons/Tray.PNG", false, true, null, null), null, jar).icon()).isEqualTo(BLUE);
            assertThatThrownBy(() -> ConfigTray.builder(new TrayIconConfig("t", "icons/tray.ico", false, true, null, null), null, jar))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("app.trayIcon.iconPath is \"icons/tray.ico\", but the app has no tauri4j/tray-icon.ico");
        }
    }

    @Test
    void aMissingOrDamagedFileNamesTheField() throws IOException {
        assertThatThrownBy(() -> ConfigTray.builder(new TrayIconConfig(null, "icons/none.png", false, true, null, null), dir, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("app.trayIcon.iconPath is \"icons/none.png\", but ")
                .hasMessageContaining("Fix: give the tray icon's PNG or ICO file relative to the folder of tauri.conf.json");
        Files.writeString(dir.resolve("bad.png"), "not a png");
        assertThatThrownBy(() -> ConfigTray.builder(new TrayIconConfig(null, "bad.png", false, true, null, null), dir, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("app.trayIcon.iconPath cannot be read: ")
                .hasMessageContaining("not a PNG or ICO");
    }
}
