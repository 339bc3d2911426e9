package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the fixture frontend with the real npm on the PATH. */
class FrontendBuildNpmTest {

    @TempDir
    Path temp;

    private Path app;
    private FrontendBuildRequest request;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void copyFixture() {
        app = FixtureProject.copy("app", temp);
        request = FrontendBuildRequest.of(app)
                .withDistDir(app.resolve("dist"))
                .withStateFile(temp.resolve("target/tauri/frontend.state"))
                .withEnvironment(FixtureProject.QUIET_NPM);
    }

    @Test
    void withALockfileNpmCiInstallsAndTheBuildScriptRuns() throws IOException {
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);

        assertThat(log.at("INFO")).contains("> npm ci", "> npm run build", "bundling with greeting", "dist written");
        assertThat(app.resolve("node_modules/greeting")).isSymbolicLink();
        assertThat(app.resolve("dist/app.js")).content().startsWith("// built with the greeting package");
        assertThat(temp.resolve("target/tauri/frontend.state")).exists();
    }

    @Test
    void withoutALockfileNpmInstallRunsAndWritesOne() throws IOException {
        Files.delete(app.resolve("package-lock.json"));

        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);

        assertThat(log.at("INFO")).contains("> npm install", "> npm run build").doesNotContain("> npm ci");
        assertThat(app.resolve("package-lock.json")).exists();
        assertThat(app.resolve("dist/index.html")).exists();
    }

    @Test
    void npmCiRefusesALockfileOutOfStepWithPackageJson() throws IOException {
        Files.writeString(app.resolve("package.json"),
                Files.readString(app.resolve("package.json")).replace("file:vendor/greeting", "file:vendor/other"));
        Files.createDirectories(app.resolve("vendor/other"));
        Files.writeString(app.resolve("vendor/other/package.json"), "{\"name\": \"greeting\", \"version\": \"2.0.0\"}");

        assertThatThrownBy(() -> run(request)).isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining("`npm ci` exited with code")
                .hasMessageContaining("run `npm install` and commit the updated lockfile");
    }

    @Test
    void anUnchangedFrontendIsNotBuiltTwiceAndAChangeRebuildsIt() throws IOException {
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);
        log.clear();

        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.UP_TO_DATE);
        assertThat(log.at("INFO")).noneMatch(l -> l.startsWith("> "))
                .anyMatch(l -> l.contains("up to date") && l.contains("npm ci && npm run build"));

        Files.writeString(app.resolve("README.md"), "not an input");
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.UP_TO_DATE);

        Files.writeString(app.resolve("src/main.js"), "export const answer = 43;\n");
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(app.resolve("dist/app.js")).content().contains("answer = 43");
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.UP_TO_DATE);
    }

    @Test
    void aMissingOrChangedDistRebuilds() throws IOException {
        run(request);
        Files.writeString(app.resolve("dist/index.html"), "edited by hand");
        log.clear();

        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(log.at("INFO")).anyMatch(l -> l.contains("the dist folder changed"));

        deleteTree(app.resolve("dist"));
        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(app.resolve("dist/index.html")).exists();
    }

    @Test
    void alwaysAndNeverModesOverrideTheCheck() throws IOException {
        run(request);

        assertThat(run(request.withMode(FrontendBuildMode.ALWAYS))).isEqualTo(FrontendBuildOutcome.BUILT);
        Files.writeString(app.resolve("src/main.js"), "changed");
        assertThat(run(request.withMode(FrontendBuildMode.NEVER))).isEqualTo(FrontendBuildOutcome.SKIPPED);
    }

    @Test
    void aFailingBuildShowsItsOutputAndTheFixAndIsNotRemembered() throws IOException {
        run(request);
        Files.writeString(app.resolve("src/main.js"), "BREAK_BUILD\n");

        assertThatThrownBy(() -> run(request))
                .asInstanceOf(type(FrontendBuildException.class))
                .satisfies(e -> {
                    assertThat(e.command()).isEqualTo("npm run build");
                    assertThat(e.exitCode()).hasValue(1);
                    assertThat(e.output()).contains("transforming src/main.js...",
                            "src/main.js:1:0: ERROR: Unexpected identifier \"BREAK_BUILD\"");
                    assertThat(e.getMessage())
                            .contains("`npm run build` exited with code 1 in " + app)
                            .contains("  | src/main.js:1:0: ERROR: Unexpected identifier \"BREAK_BUILD\"")
                            .contains("Fix: run `npm run build` in " + app + " to see the error");
                });
        assertThat(temp.resolve("target/tauri/frontend.state")).doesNotExist();
    }

    @Test
    void aFailureShowsOnlyTheLastFortyLines() throws IOException {
        FrontendBuildRequest noisy = request.withBeforeBuildCommand("for i in $(seq 1 100); do echo line $i; done; exit 3");

        assertThatThrownBy(() -> run(noisy)).asInstanceOf(type(FrontendBuildException.class)).satisfies(e -> {
            assertThat(e.exitCode()).hasValue(3);
            assertThat(e.output()).hasSize(40).startsWith("line 61").endsWith("line 100");
        });
        assertThat(log.at("INFO")).contains("line 1", "line 100");
    }

    @Test
    void anInterruptedBuildStopsTheToolAndItsChildren() throws Exception {
        String marker = "sleep 31." + ProcessHandle.current().pid();
        FrontendBuildRequest slow = request.withBeforeBuildCommand("echo started; " + marker + "; echo done");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread build = Thread.ofPlatform().start(() -> {
            try {
                run(slow);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        while (!log.at("INFO").contains("started")) Thread.sleep(20);

        build.interrupt();
        build.join(10_000);

        assertThat(build.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(FrontendBuildException.class).hasMessageContaining("interrupted");
        assertThat(ProcessHandle.allProcesses().flatMap(p -> p.info().commandLine().stream())
                .filter(c -> c.contains(marker))).isEmpty();
    }

    @Test
    void beforeBuildCommandWinsOverTheLockfile() throws IOException {
        FrontendBuildRequest hook = request.withBeforeBuildCommand(
                "mkdir -p dist && printf '<p>from the hook</p>' > dist/index.html && echo hook ran");

        assertThat(run(hook)).isEqualTo(FrontendBuildOutcome.BUILT);

        assertThat(app.resolve("dist/index.html")).hasContent("<p>from the hook</p>");
        assertThat(log.at("INFO")).contains("hook ran").noneMatch(l -> l.startsWith("> npm run build"));
    }

    @Test
    void beforeBuildCommandOnAFreshCloneInstallsThePackagesFirst() throws IOException {
        // the hook needs what the lockfile installs, as `npm run build` in create-tauri-app's config does
        FrontendBuildRequest hook = request.withBeforeBuildCommand("test -d node_modules && mkdir -p dist && echo ok > dist/index.html");

        assertThat(run(hook)).isEqualTo(FrontendBuildOutcome.BUILT);

        assertThat(app.resolve("node_modules")).isDirectory();
        assertThat(log.at("INFO")).anyMatch(l -> l.contains("no node_modules yet"));
    }

    @Test
    void changingTheCommandRebuilds() throws IOException {
        FrontendBuildRequest hook = request.withBeforeBuildCommand("mkdir -p dist && echo one > dist/index.html");
        run(hook);

        assertThat(run(hook)).isEqualTo(FrontendBuildOutcome.UP_TO_DATE);
        assertThat(run(hook.withBeforeBuildCommand("mkdir -p dist && echo two > dist/index.html")))
                .isEqualTo(FrontendBuildOutcome.BUILT);
    }

    @Test
    void aPackageManagerMissingFromThePathIsNamedWithTheFix() throws IOException {
        Files.delete(app.resolve("package-lock.json"));
        Files.writeString(app.resolve("pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
        Map<String, String> env = new HashMap<>(FixtureProject.QUIET_NPM);
        env.put("PATH", temp.resolve("empty-bin").toString());

        assertThatThrownBy(() -> run(request.withEnvironment(env)))
                .isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining("`pnpm install --frozen-lockfile`")
                .hasMessageContaining("pnpm is not on the PATH")
                .hasMessageContaining("npm install -g pnpm");
    }

    @Test
    void nothingToBuildWithoutPackageJson() throws IOException {
        Files.delete(app.resolve("package.json"));

        assertThat(run(request)).isEqualTo(FrontendBuildOutcome.NOTHING_TO_BUILD);
        assertThat(log.at("INFO")).anyMatch(l -> l.contains("no package.json"));
    }

    private FrontendBuildOutcome run(FrontendBuildRequest r) throws IOException {
        return new FrontendBuild(log).run(r);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(p);
        }
    }
}
