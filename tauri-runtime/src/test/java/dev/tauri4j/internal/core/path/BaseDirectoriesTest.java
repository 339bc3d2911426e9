package dev.tauri4j.internal.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.internal.core.path.BaseDirectories.Directory;
import dev.tauri4j.internal.platform.SystemDirectories;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tauri's base directories over the platform's folders: the JS numbers, the app's folders, the resource folder. */
class BaseDirectoriesTest {

    /** Folders as a platform would give them; a missing one is undefined. */
    private final Map<SystemDirectories.Folder, Path> folders = new EnumMap<>(SystemDirectories.Folder.class);

    private final SystemDirectories system = new SystemDirectories() {
        @Override
        public Path resolve(Folder folder) {
            Path p = folders.get(folder);
            if (p == null) throw new Undefined("SOME_VARIABLE is not set");
            return p;
        }

        @Override
        public Path appLog(String identifier) {
            return Path.of("/logs/of", identifier);
        }
    };

    private final BaseDirectories dirs = new BaseDirectories(system, "com.example.app", Path.of("/opt/app/lib/app"));

    private String path(Directory d) {
        return dirs.resolve(d).toString();
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
    void everySystemDirectoryIsThePlatformsFolder() {
        for (SystemDirectories.Folder f : SystemDirectories.Folder.values()) folders.put(f, Path.of("/sys", f.name()));
        for (Directory d : Directory.values()) {
            if (d.name().startsWith("APP_") || d == Directory.RESOURCE) continue;
            assertThat(path(d)).as(d.name()).isEqualTo("/sys/" + d.name());
        }
    }

    @Test
    void theAppsFoldersAreTheSystemOnesWithTheIdentifier() {
        folders.put(SystemDirectories.Folder.CONFIG, Path.of("/cfg"));
        folders.put(SystemDirectories.Folder.DATA, Path.of("/data"));
        folders.put(SystemDirectories.Folder.LOCAL_DATA, Path.of("/local"));
        folders.put(SystemDirectories.Folder.CACHE, Path.of("/cache"));
        assertThat(path(Directory.APP_CONFIG)).isEqualTo("/cfg/com.example.app");
        assertThat(path(Directory.APP_DATA)).isEqualTo("/data/com.example.app");
        assertThat(path(Directory.APP_LOCAL_DATA)).isEqualTo("/local/com.example.app");
        assertThat(path(Directory.APP_CACHE)).isEqualTo("/cache/com.example.app");
        assertThat(path(Directory.APP_LOG)).isEqualTo("/logs/of/com.example.app");
        assertThat(path(Directory.RESOURCE)).isEqualTo("/opt/app/lib/app");
    }

    @Test
    void aFolderThePlatformDoesNotDefineIsAnUnknownPath() {
        assertThatThrownBy(() -> path(Directory.RUNTIME)).isInstanceOf(CommandException.class)
                .hasMessage("unknown path: the runtime directory is not defined on this machine: SOME_VARIABLE is not set")
                .extracting(e -> ((CommandException) e).code()).isEqualTo("UNKNOWN_PATH");
        assertThatThrownBy(() -> path(Directory.APP_DATA)).hasMessageContaining("the app_data directory is not defined");
    }

    @Test
    void resourcePathsCannotLeaveTheResourceFolder() {
        folders.put(SystemDirectories.Folder.DATA, Path.of("/data"));
        assertThat(dirs.resolve(Directory.RESOURCE, "icons/a.png").toString()).isEqualTo("/opt/app/lib/app/icons/a.png");
        assertThat(dirs.resolve(Directory.RESOURCE, "../../etc/passwd").toString()).isEqualTo("/opt/app/lib/app/_up_/_up_/etc/passwd");
        assertThat(dirs.resolve(Directory.RESOURCE, "/etc/passwd").toString()).isEqualTo("/opt/app/lib/app/_root_/etc/passwd");
        assertThat(dirs.resolve(Directory.APP_DATA, "db/x.sqlite").toString()).isEqualTo("/data/com.example.app/db/x.sqlite");
        assertThat(dirs.resolve(Directory.APP_DATA, null)).isEqualTo(dirs.resolve(Directory.APP_DATA));
    }
}
