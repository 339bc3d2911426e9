package dev.tauri4j.build.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.build.assets.AssetEmbedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tauri:build}'s core on the fixture app, with the real npm. */
class TauriBuildStepTest {

    private static final String INLINE_SCRIPT = "window.__FIXTURE__ = { theme: \"dark\" };";

    @TempDir
    Path temp;

    private Path app;
    private Path classes;
    private TauriBuildRequest request;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void copyFixture() {
        app = FixtureProject.copy("app", temp);
        classes = app.resolve("target/classes");
        request = TauriBuildRequest.of(app.resolve("tauri.conf.json"), app, classes)
                .withStateFile(app.resolve("target/tauri/frontend.state"))
                .withEnvironment(FixtureProject.QUIET_NPM);
    }

    @Test
    void buildsEmbedsAndWritesTheManifest() throws Exception {
        TauriBuildResult result = new TauriBuildStep(log).run(request);

        Path root = classes.resolve("tauri4j");
        assertThat(result.frontend()).isEqualTo(FrontendBuildOutcome.BUILT);
        assertThat(tree(root)).containsExactly(
                "assets.manifest.json",
                "assets/app.js",
                "assets/assets/style.css",
                "assets/build-info.json",
                "assets/favicon.svg",
                "assets/index.html",
                "capabilities/default.json",
                "tauri.conf.json");
        assertThat(root.resolve("tauri.conf.json")).hasSameBinaryContentAs(app.resolve("tauri.conf.json"));
        assertThat(root.resolve("assets/index.html")).hasSameBinaryContentAs(app.resolve("index.html"));

        JsonNode manifest = JsonMapper.builder().build().readTree(root.resolve("assets.manifest.json").toFile());
        assertThat(manifest.path("version").asInt()).isEqualTo(1);
        assertThat(manifest.path("assets").fieldNames()).toIterable().containsExactly(
                "app.js", "assets/style.css", "build-info.json", "favicon.svg", "index.html");
        byte[] appJs = Files.readAllBytes(app.resolve("dist/app.js"));
        JsonNode entry = manifest.path("assets").path("app.js");
        assertThat(entry.path("sha256").asText()).isEqualTo(sha256Hex(appJs));
        assertThat(entry.path("size").asLong()).isEqualTo(appJs.length);
        assertThat(entry.path("type").asText()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(manifest.path("assets").path("favicon.svg").path("type").asText()).isEqualTo("image/svg+xml");

        // Two inline scripts in the fixture's index.html; the one in <title> and the commented one are text.
        List<String> hashes = manifest.path("inlineScripts").valueStream().map(JsonNode::asText).toList();
        assertThat(hashes).hasSize(2).isSorted().contains("sha256-" + openssl(INLINE_SCRIPT));
    }

    @Test
    void aMissingSidecarFailsTheBuildBeforeTheFrontendRuns() throws IOException {
        Path conf = app.resolve("tauri.conf.json");
        Files.writeString(conf, Files.readString(conf).replaceFirst("\\{", "{\"bundle\": {\"externalBin\": [\"binaries/tool\"]},"));
        String wanted = "binaries/tool-" + dev.tauri4j.config.TargetTriple.current();

        assertThatThrownBy(() -> new TauriBuildStep(log).run(request)).isInstanceOf(dev.tauri4j.build.bundle.BundleException.class)
                .hasMessageContaining("tauri.conf.json: bundle.externalBin[0] is \"binaries/tool\"")
                .hasMessageContaining(wanted + ", which does not exist at " + app.resolve(wanted));
        assertThat(classes).doesNotExist();
    }

    @Test
    void aSecondRunSkipsTheFrontendAndWritesTheSameManifestBytes() throws IOException {
        new TauriBuildStep(log).run(request);
        byte[] first = Files.readAllBytes(classes.resolve("tauri4j/assets.manifest.json"));
        log.clear();

        TauriBuildResult second = new TauriBuildStep(log).run(request);

        assertThat(second.frontend()).isEqualTo(FrontendBuildOutcome.UP_TO_DATE);
        assertThat(log.at("INFO")).noneMatch(l -> l.startsWith("> "));
        assertThat(classes.resolve("tauri4j/assets.manifest.json")).hasBinaryContent(first);
    }

    @Test
    void aFailingFrontendBuildCopiesNothing() throws IOException {
        new TauriBuildStep(log).run(request);
        byte[] manifest = Files.readAllBytes(classes.resolve("tauri4j/assets.manifest.json"));
        byte[] appJs = Files.readAllBytes(classes.resolve("tauri4j/assets/app.js"));
        Files.writeString(app.resolve("src/main.js"), "BREAK_BUILD\n");

        assertThatThrownBy(() -> new TauriBuildStep(log).run(request))
                .isInstanceOf(FrontendBuildException.class)
                .hasMessageContaining("Unexpected identifier \"BREAK_BUILD\"");

        assertThat(classes.resolve("tauri4j/assets.manifest.json")).hasBinaryContent(manifest);
        assertThat(classes.resolve("tauri4j/assets/app.js")).hasBinaryContent(appJs);
    }

    @Test
    void aFailingFirstBuildLeavesNoAssetsAtAll() throws IOException {
        Files.writeString(app.resolve("src/main.js"), "BREAK_BUILD\n");

        assertThatThrownBy(() -> new TauriBuildStep(log).run(request)).isInstanceOf(FrontendBuildException.class);

        assertThat(classes).doesNotExist();
    }

    @Test
    void aSignerSignsTheManifest() throws IOException {
        TauriBuildResult result = new TauriBuildStep(log)
                .run(request.withSigner(bytes -> ("signature of " + bytes.length + " bytes\n").getBytes()));

        long size = Files.size(result.manifestFile());
        assertThat(result.signed()).isTrue();
        assertThat(classes.resolve("tauri4j/assets.manifest.json.minisig"))
                .hasContent("signature of " + size + " bytes");
    }

    @Test
    void aConfigWithoutFrontendDistFailsBeforeBuilding() throws IOException {
        Files.writeString(app.resolve("tauri.conf.json"), "{\"identifier\": \"dev.tauri4j.fixture\"}");

        assertThatThrownBy(() -> new TauriBuildStep(log).run(request))
                .isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("build.frontendDist is not set");
        assertThat(app.resolve("node_modules")).doesNotExist();
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // Computed by another implementation than ours: the hash a CSP header would carry for this script.
    private static String openssl(String text) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "openssl dgst -sha256 -binary | base64").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).isZero();
        return out;
    }
}
