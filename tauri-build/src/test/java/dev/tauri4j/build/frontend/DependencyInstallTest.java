package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tauri:dev's install of a fresh checkout's packages, with the real npm on the PATH. */
class DependencyInstallTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    @Test
    void aFreshCheckoutGetsItsPackagesFromTheLockfile() throws IOException {
        Path app = FixtureProject.copy("app", temp);

        assertThat(DependencyInstall.ifMissing(app, FixtureProject.QUIET_NPM, log)).isTrue();

        assertThat(log.at("INFO")).contains("> npm ci");
        assertThat(app.resolve("node_modules/greeting")).isSymbolicLink();
        assertThat(app.resolve("dist")).doesNotExist(); // installing is all it does: Vite serves the sources
    }

    @Test
    void existingNodeModulesAreLeftAlone() throws IOException {
        Path app = FixtureProject.copy("app", temp);
        Files.createDirectories(app.resolve("node_modules"));

        assertThat(DependencyInstall.ifMissing(app, FixtureProject.QUIET_NPM, log)).isFalse();

        assertThat(log.lines()).isEmpty();
        assertThat(app.resolve("node_modules/greeting")).doesNotExist();
    }

    @Test
    void withoutPackageJsonThereIsNothingToInstall() throws IOException {
        assertThat(DependencyInstall.ifMissing(temp, FixtureProject.QUIET_NPM, log)).isFalse();
        assertThat(temp.resolve("node_modules")).doesNotExist();
    }
}
