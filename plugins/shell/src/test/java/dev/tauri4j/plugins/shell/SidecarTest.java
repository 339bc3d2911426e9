package dev.tauri4j.plugins.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command.sidecar: the externalBin entry it names, and the binary the app locates, with Tauri's errors and the fixes. */
class SidecarTest {

    @TempDir
    Path dir;

    @Test
    void theProgramMustBeAnExternalBinEntryAsWrittenOrWithoutItsExtension() {
        List<String> bins = List.of("binaries/tool");
        assertThat(Sidecar.entry(bins, "binaries/tool")).isEqualTo("binaries/tool");
        assertThat(Sidecar.entry(bins, "binaries/tool.exe")).isEqualTo("binaries/tool");
        assertThatThrownBy(() -> Sidecar.entry(bins, "tool")).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("sidecar not configured under `tauri.conf.json > bundle > externalBin`: tool")
                .hasMessageContaining("Fix: add \"tool\" to bundle.externalBin");
    }

    @Test
    void theLocatedBinaryRunsWithTheScopedArgs() throws Exception {
        Path bin = Files.createFile(dir.resolve("tool"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        ShellScope.Prepared p = Sidecar.resolve("binaries/tool", new ShellScope.Prepared(null, List.of("a")), e -> bin);
        assertThat(p).isEqualTo(new ShellScope.Prepared(bin.toString(), List.of("a")));
    }

    @Test
    void aMissingOrNonExecutableBinaryNamesThePathAndTheFix() throws Exception {
        ShellScope.Prepared scoped = new ShellScope.Prepared(null, List.of());
        Path dev = dir.resolve("binaries/tool-x86_64-unknown-linux-gnu");
        assertThatThrownBy(() -> Sidecar.resolve("binaries/tool", scoped, e -> dev))
                .hasMessageContaining(dev + " does not exist").hasMessageContaining("binaries/tool-<target triple>");
        Path bundled = dir.resolve("tool");
        assertThatThrownBy(() -> Sidecar.resolve("binaries/tool", scoped, e -> bundled)).hasMessageContaining("tauri:bundle");
        Files.createFile(bundled);
        assertThatThrownBy(() -> Sidecar.resolve("binaries/tool", scoped, e -> bundled)).hasMessageContaining("is not executable");
        assertThatThrownBy(() -> Sidecar.resolve("binaries/tool", scoped, e -> { throw new IllegalStateException("no config dir"); }))
                .isInstanceOf(CommandException.class).hasMessage("no config dir");
    }
}
