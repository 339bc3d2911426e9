package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pnpm and yarn for real, when they are installed (npm i -g pnpm yarn); skipped otherwise. */
class OtherPackageManagersTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    @ParameterizedTest
    @ValueSource(strings = {"pnpm", "yarn"})
    void aFrozenInstallFromTheirLockfileThenTheirBuild(String pm) throws Exception {
        assumeTrue(ExecutableFinder.find(pm, System.getenv("PATH")).isPresent(), pm + " is not installed");
        Path app = FixtureProject.copy("app", temp);
        Files.delete(app.resolve("package-lock.json"));
        if (pm.equals("yarn")) {
            // Yarn 2+ would use Plug'n'Play, which plain `node` (as the fixture's build script runs) cannot load.
            Files.writeString(app.resolve(".yarnrc.yml"), "nodeLinker: node-modules\n");
        }
        writeLockfile(pm, app);

        FrontendBuildOutcome outcome = new FrontendBuild(log).run(FrontendBuildRequest.of(app)
                .withEnvironment(FixtureProject.QUIET_NPM));

        assertThat(outcome).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("> " + pm + " install --"))
                .contains("> " + pm + " run build", "bundling with greeting");
        assertThat(app.resolve("dist/app.js")).content().startsWith("// built with the greeting package");
    }

    // The lockfile comes from the installed version, so the test follows whatever pnpm or yarn is on the PATH.
    private static void writeLockfile(String pm, Path app) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(pm, "install").directory(app.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        try (Stream<Path> walk = Files.walk(app.resolve("node_modules"))) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
