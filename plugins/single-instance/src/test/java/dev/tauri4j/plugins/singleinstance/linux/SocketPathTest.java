package dev.tauri4j.plugins.singleinstance.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the socket goes: the runtime folder by identifier, a private temp folder without one, a short name for long identifiers. */
class SocketPathTest {

    @TempDir Path dir;
    private final String user = System.getProperty("user.name");

    @Test
    void inTheRuntimeFolderNamedByTheIdentifier() throws Exception {
        assertThat(SocketPath.of("com.example.app", Map.of("XDG_RUNTIME_DIR", dir.toString()), dir, user))
                .isEqualTo(dir.resolve("com.example.app.single-instance.sock"));
    }

    @Test
    void withoutARuntimeFolderAFolderOnlyTheUserOpens() throws Exception {
        Path socket = SocketPath.of("com.example.app", Map.of(), dir, user);
        assertThat(socket.getParent()).isEqualTo(dir.resolve("tauri4j-" + user));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SocketPath.of("com.example.app", Map.of(), dir, user))
                .hasMessageContaining("not a folder only this user can open").hasMessageContaining("Fix:");
    }

    @Test
    void aLongIdentifierGetsAHashedNameThatFitsAUnixSocket() throws Exception {
        Path socket = SocketPath.of("com.example." + "x".repeat(120), Map.of("XDG_RUNTIME_DIR", dir.toString()), dir, user);
        assertThat(socket.toString().length()).isLessThanOrEqualTo(100);
        assertThat(socket.getFileName().toString()).startsWith("tauri4j-si-").endsWith(".sock");
    }

    @Test
    void aRuntimeFolderTooDeepForAnySocketIsRefusedWithTheFix() {
        Path deep = dir.resolve("d".repeat(60)).resolve("e".repeat(60));
        assertThatThrownBy(() -> SocketPath.of("com.example.app", Map.of("XDG_RUNTIME_DIR", Files.createDirectories(deep).toString()), dir, user))
                .hasMessageContaining("longer than a Unix socket path").hasMessageContaining("Fix:");
    }
}
