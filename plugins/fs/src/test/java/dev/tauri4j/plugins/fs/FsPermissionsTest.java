package dev.tauri4j.plugins.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.CallScope;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The permission files in the jar, read as the runtime reads them, and what they let the commands touch. */
class FsPermissionsTest {

    @TempDir Path tmp;

    static final PluginPermissions FS = PluginResources.load(FsPermissionsTest.class.getClassLoader(), "fs", Set.of()).orElseThrow();

    CallScope scopeFor(String command, String... permissions) {
        String perms = String.join(", ", java.util.Arrays.stream(permissions).map(p -> "\"" + p + "\"").toList());
        CapabilitySet set = PluginCapabilityCheck.resolve(FS, "[" + perms + "]", new ArrayList<>());
        return set.scopeFor("plugin:fs|" + command, "main", "tauri://localhost/", true);
    }

    @Test
    void everyBaseDirectoryHasTauriSetsAndScopes() {
        for (BaseDirectory d : BaseDirectory.values()) {
            String lower = d.variable().substring(1).toLowerCase();
            assertThat(FS.identifiers()).as(lower).contains("fs:scope-" + lower + "-recursive", "fs:scope-" + lower,
                    "fs:scope-" + lower + "-index", "fs:allow-" + lower + "-read-recursive", "fs:allow-" + lower + "-write-recursive",
                    "fs:allow-" + lower + "-read", "fs:allow-" + lower + "-write", "fs:allow-" + lower + "-meta-recursive",
                    "fs:allow-" + lower + "-meta");
        }
        assertThat(FS.identifiers()).contains("fs:default", "fs:scope", "fs:read-all", "fs:write-all", "fs:read-files",
                "fs:write-files", "fs:read-dirs", "fs:read-meta", "fs:allow-app-read-recursive", "fs:scope-app-index",
                "fs:deny-default", "fs:deny-webview-data-linux", "fs:create-app-specific-dirs", "fs:allow-write-file",
                "fs:deny-read-text-file-lines-next");
    }

    @Test
    void appDataWriteRecursiveLetsWriteFileIntoAppDataOnly() throws Exception {
        Path appData = Files.createDirectories(tmp.resolve("app"));
        BaseDirectoryResolver dirs = d -> d == BaseDirectory.APP_DATA ? Optional.of(appData) : Optional.empty();
        CallScope call = scopeFor("write_file", "fs:allow-appdata-write-recursive");
        FsScope scope = new FsScope(call.merged(), dirs, true);
        assertThat(scope.resolve("a/b.txt", BaseDirectory.APP_DATA.number())).isEqualTo(appData.resolve("a/b.txt"));
        assertThat(scope.resolve(appData.toString(), null)).isEqualTo(appData);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.resolve(tmp.resolve("x").toString(), null))
                .hasMessage("forbidden path: " + tmp.resolve("x"));
    }

    @Test
    void theDefaultReadsAppDirsButDeniesTheWebviewData() throws Exception {
        Path local = Files.createDirectories(tmp.resolve("local"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        BaseDirectoryResolver dirs = d -> switch (d) {
            case APP_LOCAL_DATA -> Optional.of(local);
            case APP_DATA -> Optional.of(data);
            default -> Optional.empty();
        };
        FsScope scope = new FsScope(scopeFor("read_file", "fs:default").merged(), dirs, true);
        assertThat(scope.resolve("notes.txt", BaseDirectory.APP_DATA.number())).isEqualTo(data.resolve("notes.txt"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.resolve("cookies", BaseDirectory.APP_LOCAL_DATA.number()))
                .hasMessageStartingWith("forbidden path: ");
        assertThat(scopeFor("write_file", "fs:default").merged().allow()).as("the default's scope is global").isNotEmpty();
    }
}
