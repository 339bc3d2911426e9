package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned-Node path through frontend-plugin-core, offline: the download root is a {@code file://} folder in
 * nodejs.org's layout, holding this machine's own node binary and npm packed as a release archive.
 */
class PinnedNodeTest {

    @TempDir
    static Path shared;

    private static String version;
    private static URI downloadRoot;
    private static Path archive;

    @TempDir
    Path temp;

    private Path app;
    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void packThisMachinesNodeAsARelease() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the test archive is packed for linux-x64");
        version = sh("node --version");
        String name = "node-" + version + "-linux-x64";
        Path staging = shared.resolve("staging");
        Path release = staging.resolve(name);
        Files.createDirectories(release.resolve("bin"));
        Files.createDirectories(release.resolve("lib/node_modules"));
        Files.copy(Path.of(sh("node -p process.execPath")), release.resolve("bin/node"));
        Path npm = Path.of(sh("npm root -g 2>/dev/null")).resolve("npm");
        Path root = shared.resolve("dist-root");
        archive = root.resolve(version).resolve(name + ".tar.gz");
        Files.createDirectories(archive.getParent());
        // Fast compression: the archive only has to exist in the right format, not be small.
        sh("cp -a '" + npm + "' '" + release.resolve("lib/node_modules") + "/' && tar -C '" + staging + "' -cf - "
                + name + " | gzip -1 > '" + archive + "'");
        downloadRoot = root.toUri();
    }

    @BeforeEach
    void copyFixture() {
        app = FixtureProject.copy("app", temp);
    }

    @Test
    void theBuildRunsOnThePinnedNodeAndItsNpm() throws IOException {
        Path installDir = temp.resolve("node-install");
        Path cacheDir = temp.resolve("m2");

        FrontendBuildOutcome outcome = new FrontendBuild(log).run(request(installDir, cacheDir, downloadRoot));

        assertThat(outcome).isEqualTo(FrontendBuildOutcome.BUILT);
        Path node = installDir.resolve("node/node");
        assertThat(node).isExecutable();
        var info = JsonMapper.builder().build().readTree(app.resolve("dist/build-info.json").toFile());
        assertThat(info.path("execPath").asText()).isEqualTo(node.toString());
        assertThat(info.path("node").asText()).isEqualTo(version);
        assertThat(log.at("DEBUG")).anyMatch(l -> l.startsWith("Running " + installDir.resolve("node/npm") + " [ci]"));
        String bare = version.substring(1);
        assertThat(cacheDir.resolve("com/github/eirslett/node/" + bare + "/node-" + bare + "-linux-x64.tar.gz"))
                .hasSameBinaryContentAs(archive);
    }

    @Test
    void aCachedArchiveNeedsNoDownload() throws IOException {
        Path cacheDir = temp.resolve("m2");
        String bare = version.substring(1);
        Path cached = cacheDir.resolve("com/github/eirslett/node/" + bare + "/node-" + bare + "-linux-x64.tar.gz");
        Files.createDirectories(cached.getParent());
        Files.copy(archive, cached);
        URI nowhere = temp.resolve("no-such-root").toUri();

        FrontendBuildOutcome outcome = new FrontendBuild(log).run(request(temp.resolve("node-install"), cacheDir, nowhere));

        assertThat(outcome).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("Using Node " + version) && l.endsWith(", cached)"));
    }

    @Test
    void anArchiveThatIsNowhereFailsWithTheUrlAndTheFix() {
        URI nowhere = temp.resolve("no-such-root").toUri();

        assertThatThrownBy(() -> new FrontendBuild(log).run(request(temp.resolve("node-install"), temp.resolve("m2"),
                nowhere)))
                .isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining("Cannot install Node " + version)
                .hasMessageContaining(nowhere + "/" + version + "/node-" + version + "-linux-x64.tar.gz")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("Fix:");
        assertThat(app.resolve("node_modules")).doesNotExist();
    }

    private FrontendBuildRequest request(Path installDir, Path cacheDir, URI root) {
        return FrontendBuildRequest.of(app)
                .withDistDir(app.resolve("dist"))
                .withEnvironment(FixtureProject.QUIET_NPM)
                .withNode(new NodeSource.Pinned(version, root, installDir, cacheDir));
    }

    private static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException(command + " failed");
        return out;
    }
}
