package dev.tauri4j.internal.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.internal.core.path.BaseDirectories.Directory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tauri's Linux base directories from a given environment: XDG variables, their fallbacks, xdg-user-dirs. */
class BaseDirectoriesTest {

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private BaseDirectories dirs() {
        env.putIfAbsent("HOME", home.toString());
        return new BaseDirectories(env::get, "com.example.app", Path.of("/opt/app/lib/app"));
    }

    private String path(Directory d) {
        return dirs().resolve(d).toString();
    }

    @Test
    void theEnumFollowsTheNumbersOfTheJsPackage() {
        assertThat(Directory.of(1)).isEqualTo(Directory.AUDIO);
        assertThat(Directory.of(11)).isEqualTo(Directory.RESOURCE);
        assertThat(Directory.of(14)).isEqualTo(Directory.APP_DATA);
        assertThat(Directory.of(17)).isEqualTo(Directory.APP_LOG);
        assertThat(Directory.of(23)).isEqualTo(Directory.TEMPLATE);
        assertThatThrownBy(() -> Directory.of(0)).isInstanceOf(CommandException.class)
                .hasMessageContaining("directory 0 is not a BaseDirectory").hasMessageContaining("1 (Audio) to 23 (Template)");
        assertThatThrownBy(() -> Directory.of(24)).hasMessageContaining("directory 24");
    }

    @Test
    void withoutXdgVariablesEverythingLivesUnderHome() {
        assertThat(path(Directory.CONFIG)).isEqualTo(home + "/.config");
        assertThat(path(Directory.DATA)).isEqualTo(home + "/.local/share");
        assertThat(path(Directory.LOCAL_DATA)).isEqualTo(home + "/.local/share");
        assertThat(path(Directory.CACHE)).isEqualTo(home + "/.cache");
        assertThat(path(Directory.APP_CONFIG)).isEqualTo(home + "/.config/com.example.app");
        assertThat(path(Directory.APP_DATA)).isEqualTo(home + "/.local/share/com.example.app");
        assertThat(path(Directory.APP_LOCAL_DATA)).isEqualTo(home + "/.local/share/com.example.app");
        assertThat(path(Directory.APP_CACHE)).isEqualTo(home + "/.cache/com.example.app");
        assertThat(path(Directory.APP_LOG)).isEqualTo(home + "/.local/share/com.example.app/logs");
        assertThat(path(Directory.FONT)).isEqualTo(home + "/.local/share/fonts");
        assertThat(path(Directory.EXECUTABLE)).isEqualTo(home + "/.local/bin");
        assertThat(path(Directory.HOME)).isEqualTo(home.toString());
        assertThat(path(Directory.TEMP)).isEqualTo("/tmp");
        assertThat(path(Directory.RESOURCE)).isEqualTo("/opt/app/lib/app");
    }

    @Test
    void absoluteXdgVariablesWinAndRelativeOnesAreIgnored() {
        env.put("XDG_CONFIG_HOME", "/cfg");
        env.put("XDG_DATA_HOME", "relative/data");
        env.put("XDG_CACHE_HOME", "/c");
        env.put("XDG_BIN_HOME", "/bins");
        env.put("TMPDIR", "/scratch");
        assertThat(path(Directory.APP_CONFIG)).isEqualTo("/cfg/com.example.app");
        assertThat(path(Directory.APP_DATA)).isEqualTo(home + "/.local/share/com.example.app");
        assertThat(path(Directory.APP_CACHE)).isEqualTo("/c/com.example.app");
        assertThat(path(Directory.EXECUTABLE)).isEqualTo("/bins");
        assertThat(path(Directory.TEMP)).isEqualTo("/scratch");
        env.remove("XDG_BIN_HOME");
        env.put("XDG_DATA_HOME", "/d/share");
        assertThat(path(Directory.EXECUTABLE)).isEqualTo("/d/bin");
    }

    @Test
    void theRuntimeDirectoryExistsOnlyWhenSet() {
        assertThatThrownBy(() -> path(Directory.RUNTIME)).isInstanceOf(CommandException.class)
                .hasMessageContaining("unknown path").hasMessageContaining("XDG_RUNTIME_DIR");
        env.put("XDG_RUNTIME_DIR", "/run/user/1000");
        assertThat(path(Directory.RUNTIME)).isEqualTo("/run/user/1000");
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
        assertThat(path(Directory.AUDIO)).isEqualTo(home + "/Musik");
        assertThat(path(Directory.PICTURE)).isEqualTo("/media/pictures");
        assertThatThrownBy(() -> path(Directory.DESKTOP)).hasMessageContaining("XDG_DESKTOP_DIR").hasMessageContaining("disabled");
        assertThatThrownBy(() -> path(Directory.VIDEO)).hasMessageContaining("unknown path")
                .hasMessageContaining("XDG_VIDEOS_DIR is not set in " + home + "/.config/user-dirs.dirs");
    }

    @Test
    void resourcePathsCannotLeaveTheResourceFolder() {
        BaseDirectories d = dirs();
        assertThat(d.resolve(Directory.RESOURCE, "icons/a.png").toString()).isEqualTo("/opt/app/lib/app/icons/a.png");
        assertThat(d.resolve(Directory.RESOURCE, "../../etc/passwd").toString()).isEqualTo("/opt/app/lib/app/_up_/_up_/etc/passwd");
        assertThat(d.resolve(Directory.RESOURCE, "/etc/passwd").toString()).isEqualTo("/opt/app/lib/app/_root_/etc/passwd");
        assertThat(d.resolve(Directory.APP_DATA, "db/x.sqlite").toString()).isEqualTo(home + "/.local/share/com.example.app/db/x.sqlite");
        assertThat(d.resolve(Directory.APP_DATA, null)).isEqualTo(d.resolve(Directory.APP_DATA));
    }
}
