package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildPlanTest {

    private static final String WITH_BUILD = "{\"scripts\": {\"build\": \"vite build\"}}";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @ParameterizedTest
    @CsvSource({
            "package-lock.json, npm ci && npm run build",
            "npm-shrinkwrap.json, npm ci && npm run build",
            "pnpm-lock.yaml, pnpm install --frozen-lockfile && pnpm run build",
            "yarn.lock, yarn install --frozen-lockfile && yarn run build",
            "bun.lock, bun install --frozen-lockfile && bun run build",
            "bun.lockb, bun install --frozen-lockfile && bun run build"})
    void theLockfileChoosesThePackageManagerAndAFrozenInstall(String lockfile, String commands) throws IOException {
        Files.writeString(dir.resolve("package.json"), WITH_BUILD);
        Files.writeString(dir.resolve(lockfile), "");

        BuildPlan plan = BuildPlan.choose(dir, null, log);

        assertThat(plan.display()).isEqualTo(commands);
        assertThat(plan.why()).contains(lockfile);
    }

    @Test
    void withoutALockfileNpmInstallsAndWritesOne() throws IOException {
        Files.writeString(dir.resolve("package.json"), WITH_BUILD);

        BuildPlan plan = BuildPlan.choose(dir, null, log);

        assertThat(plan.display()).isEqualTo("npm install && npm run build");
        assertThat(plan.why()).contains("no lockfile");
    }

    @Test
    void withoutALockfileThePackageManagerFieldIsHonoured() throws IOException {
        Files.writeString(dir.resolve("package.json"),
                "{\"packageManager\": \"pnpm@9.15.0\", \"scripts\": {\"build\": \"vite build\"}}");

        assertThat(BuildPlan.choose(dir, null, log).display()).isEqualTo("pnpm install && pnpm run build");
    }

    @Test
    void beforeBuildCommandWinsOverTheLockfile() throws IOException {
        Files.writeString(dir.resolve("package.json"), WITH_BUILD);
        Files.writeString(dir.resolve("package-lock.json"), "{}");

        BuildPlan plan = BuildPlan.choose(dir, "pnpm build:desktop", log);

        assertThat(plan.commands()).singleElement().satisfies(c -> {
            assertThat(c.program()).isEqualTo("sh");
            assertThat(c.arguments()).containsExactly("-c", "pnpm build:desktop");
            assertThat(c.display()).isEqualTo("pnpm build:desktop");
        });
    }

    @Test
    void beforeBuildCommandRunsEvenWithoutPackageJson() throws IOException {
        assertThat(BuildPlan.choose(dir, "make web", log).display()).isEqualTo("make web");
    }

    @Test
    void nothingToBuildWithoutPackageJson() throws IOException {
        BuildPlan plan = BuildPlan.choose(dir, null, log);

        assertThat(plan.commands()).isEmpty();
        assertThat(plan.why()).contains("no package.json");
    }

    @Test
    void nothingToBuildWithoutABuildScript() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"dev\": \"vite\"}}");
        Files.writeString(dir.resolve("package-lock.json"), "{}");

        BuildPlan plan = BuildPlan.choose(dir, null, log);

        assertThat(plan.commands()).isEmpty();
        assertThat(plan.why()).contains("no \"build\" script");
    }

    @Test
    void severalLockfilesWarnAndPreferTheOneThatIsNotNpms() throws IOException {
        Files.writeString(dir.resolve("package.json"), WITH_BUILD);
        Files.writeString(dir.resolve("package-lock.json"), "{}");
        Files.writeString(dir.resolve("pnpm-lock.yaml"), "");

        BuildPlan plan = BuildPlan.choose(dir, null, log);

        assertThat(plan.display()).startsWith("pnpm install");
        assertThat(log.at("WARN")).singleElement().asString()
                .contains("pnpm-lock.yaml", "package-lock.json", "using pnpm", "Fix:");
    }

    @Test
    void brokenPackageJsonIsReportedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": ");

        assertThatThrownBy(() -> BuildPlan.choose(dir, null, log))
                .isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining(dir.resolve("package.json").toString())
                .hasMessageContaining("not valid JSON");
    }
}
