package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.internal.platform.SystemDirectories.Folder;
import dev.tauri4j.internal.platform.SystemDirectories.Undefined;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux folders from a given environment: XDG variables, their fallbacks, xdg-user-dirs. */
class XdgDirectoriesTest {

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private String path(Folder f) {
        env.putIfAbsent("HOME", home.toString());
        return new XdgDirectories(env::get, "/nowhere").resolve(f).toString();
    }

    @Test
    void withoutXdgVariablesEverythingLivesUnderHome() {
        assertThat(path(Folder.CONFIG)).isEqualTo(home + "/.config");
        assertThat(path(Folder.DATA)).isEqualTo(home + "/.local/share");
        assertThat(path(Folder.LOCAL_DATA)).isEqualTo(home + "/.local/share");
        assertThat(path(Folder.CACHE)).isEqualTo(home + "/.cache");
        assertThat(path(Folder.FONT)).isEqualTo(home + "/.local/share/fonts");
        assertThat(path(Folder.EXECUTABLE)).isEqualTo(home + "/.local/bin");
        assertThat(path(Folder.HOME)).isEqualTo(home.toString());
        assertThat(path(Folder.TEMP)).isEqualTo("/tmp");
        assertThat(new XdgDirectories(env::get, "/nowhere").appLog("com.example.app").toString())
                .isEqualTo(home + "/.local/share/com.example.app/logs");
    }

    @Test
    void homeFallsBackToTheUserHomeWhenHomeIsNotAbsolute() {
        env.put("HOME", "relative");
        assertThat(path(Folder.CONFIG)).isEqualTo("/nowhere/.config");
    }

    @Test
    void absoluteXdgVariablesWinAndRelativeOnesAreIgnored() {
        env.put("XDG_CONFIG_HOME", "/cfg");
        env.put("XDG_DATA_HOME", "relative/data");
        env.put("XDG_CACHE_HOME", "/c");
        env.put("XDG_BIN_HOME", "/bins");
        env.put("TMPDIR", "/scratch");
        assertThat(path(Folder.CONFIG)).isEqualTo("/cfg");
        assertThat(path(Folder.DATA)).isEqualTo(home + "/.local/share");
        assertThat(path(Folder.CACHE)).isEqualTo("/c");
        assertThat(path(Folder.EXECUTABLE)).isEqualTo("/bins");
        assertThat(path(Folder.TEMP)).isEqualTo("/scratch");
        env.remove("XDG_BIN_HOME");
        env.put("XDG_DATA_HOME", "/d/share");
        assertThat(path(Folder.EXECUTABLE)).isEqualTo("/d/bin");
        assertThat(new XdgDirectories(env::get, "/nowhere").appLog("a.b").toString()).isEqualTo("/d/share/a.b/logs");
    }

    @Test
    void theRuntimeDirectoryExistsOnlyWhenSet() {
        assertThatThrownBy(() -> path(Folder.RUNTIME)).isInstanceOf(Undefined.class).hasMessageContaining("XDG_RUNTIME_DIR");
        env.put("XDG_RUNTIME_DIR", "/run/user/1000");
        assertThat(path(Folder.RUNTIME)).isEqualTo("/run/user/1000");
    }

    @Test
    void userFoldersComeFromUserDirsDirs() throws IOException {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), """
                # written by xdg-user-dirs-update
                XDG_MUSIC_DIR="$HOME/Musik"
                XDG_PICTURES_DIR="/media/pictures"
                XDG_DESKTOP_DIR="$HOME/"
                """);
        assertThat(path(Folder.AUDIO)).isEqualTo(home + "/Musik");
        assertThat(path(Folder.PICTURE)).isEqualTo("/media/pictures");
        assertThatThrownBy(() -> path(Folder.DESKTOP)).isInstanceOf(Undefined.class)
                .hasMessageContaining("XDG_DESKTOP_DIR").hasMessageContaining("disabled");
        assertThatThrownBy(() -> path(Folder.VIDEO)).isInstanceOf(Undefined.class)
                .hasMessageContaining("XDG_VIDEOS_DIR is not set in " + home + "/.config/user-dirs.dirs");
    }
}
