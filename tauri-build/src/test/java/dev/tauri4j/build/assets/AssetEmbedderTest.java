package dev.tauri4j.build.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.build.frontend.RecordingLog;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.LoadedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetEmbedderTest {

    @TempDir
    Path project;

    private Path classes;
    private Path config;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() throws IOException {
        classes = project.resolve("target/classes");
        config = writeConfig("dist");
        write("dist/index.html", "<p>v1</p>");
        write("dist/assets/app.js", "app()");
    }

    @Test
    void copiesDistConfigAndCapabilities() throws IOException {
        write("capabilities/default.json", "{\"identifier\": \"default\"}");
        write("capabilities/admin.json", "{\"identifier\": \"admin\"}");

        EmbeddedAssets embedded = embed();

        Path root = classes.resolve("tauri4j");
        assertThat(root.resolve("assets/index.html")).hasContent("<p>v1</p>");
        assertThat(root.resolve("assets/assets/app.js")).hasContent("app()");
        assertThat(root.resolve("tauri.conf.json")).hasSameBinaryContentAs(config);
        assertThat(root.resolve("capabilities/default.json")).hasContent("{\"identifier\": \"default\"}");
        assertThat(embedded).isEqualTo(new EmbeddedAssets(root.resolve("assets"), 2, 14,
                List.of("admin.json", "default.json")));
        assertThat(siblings(root)).containsExactlyInAnyOrder("assets", "capabilities", "tauri.conf.json");
    }

    @Test
    void theTrayIconOfTheConfigIsEmbeddedFromTheConfigFolderAndRemovedWithIt() throws IOException {
        Files.createDirectories(project.resolve("src-tauri/icons"));
        Files.write(project.resolve("src-tauri/icons/tray.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        config = writeConfigAt("src-tauri/tauri.conf.json", "../dist");
        Files.writeString(config, Files.readString(config).replaceFirst("\\{", "{\"app\": {\"trayIcon\": {\"iconPath\": \"icons/tray.png\"}},"));

        embed();
        assertThat(classes.resolve("tauri4j/tray-icon.png")).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Files.writeString(config, Files.readString(config).replace("icons/tray.png", "icons/missing.ico"));
        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("app.trayIcon.iconPath in ").hasMessageContaining("is \"icons/missing.ico\", but ")
                .hasMessageContaining("Fix: give the tray icon's PNG or ICO file relative to tauri.conf.json");
        assertThat(classes.resolve("tauri4j/tray-icon.png")).as("the old icon does not linger").doesNotExist();
    }

    @Test
    void frontendDistResolvesAgainstTheConfigFolderAsInTauri() throws IOException {
        config = writeConfigAt("src-tauri/tauri.conf.json", "../dist");

        embed();

        assertThat(classes.resolve("tauri4j/assets/index.html")).hasContent("<p>v1</p>");
    }

    @Test
    void aSecondEmbedReplacesTheAssetsEntirely() throws IOException {
        embed();
        Files.delete(project.resolve("dist/assets/app.js"));
        write("dist/index.html", "<p>v2</p>");

        embed();

        assertThat(classes.resolve("tauri4j/assets/index.html")).hasContent("<p>v2</p>");
        assertThat(classes.resolve("tauri4j/assets/assets/app.js")).doesNotExist();
    }

    @Test
    void aFailedCopyLeavesThePreviousAssetsAndNoLeftovers() throws IOException {
        embed();
        write("dist/index.html", "<p>v2</p>");
        // A link to its own parent makes the walk fail part-way, as a disk error would.
        Files.createSymbolicLink(project.resolve("dist/assets/loop"), project.resolve("dist"));

        assertThatThrownBy(this::embed).isInstanceOf(IOException.class);

        assertThat(classes.resolve("tauri4j/assets/index.html")).hasContent("<p>v1</p>");
        assertThat(siblings(classes.resolve("tauri4j"))).containsExactlyInAnyOrder("assets", "tauri.conf.json");
    }

    @Test
    void leftoversOfAKilledBuildAreRemoved() throws IOException {
        Files.createDirectories(classes.resolve("tauri4j/.assets.staging-123/x"));
        Files.createDirectories(classes.resolve("tauri4j/.assets.retired-123"));

        embed();

        assertThat(siblings(classes.resolve("tauri4j"))).containsExactlyInAnyOrder("assets", "tauri.conf.json");
    }

    @Test
    void capabilitiesRemovedFromTheProjectAreRemovedFromTheClasses() throws IOException {
        write("capabilities/default.json", "{}");
        embed();
        Files.delete(project.resolve("capabilities/default.json"));

        embed();

        assertThat(classes.resolve("tauri4j/capabilities")).doesNotExist();
    }

    @Test
    void nonJsonCapabilitiesAreIgnoredWithAWarning() throws IOException {
        write("capabilities/default.json", "{}");
        write("capabilities/extra.toml", "identifier = 'x'");

        assertThat(embed().capabilities()).containsExactly("default.json");
        assertThat(log.at("WARN")).singleElement().asString().contains("extra.toml", "*.json");
    }

    @Test
    void versionFromPackageJsonIsResolvedIntoTheEmbeddedConfig() throws IOException {
        write("package.json", "{\"version\": \"3.4.5\"}");
        write("tauri.conf.json", "{\"identifier\": \"dev.x\", \"version\": \"./package.json\", "
                + "\"build\": {\"frontendDist\": \"dist\"}}");

        embed();

        Path embedded = classes.resolve("tauri4j/tauri.conf.json");
        assertThat(JsonMapper.builder().build().readTree(embedded.toFile()).path("version").asText())
                .isEqualTo("3.4.5");
        assertThat(ConfigLoader.parse(Files.readString(embedded), "tauri.conf.json").config().version())
                .isEqualTo("3.4.5");
    }

    @Test
    void refusesAMissingDist() throws IOException {
        config = writeConfig("build-output");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("build.frontendDist")
                .hasMessageContaining(project.resolve("build-output").toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("Fix:");
    }

    @Test
    void refusesAnEmptyDist() throws IOException {
        Files.createDirectories(project.resolve("empty"));
        config = writeConfig("empty");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("build.frontendDist").hasMessageContaining("is empty");
    }

    @Test
    void refusesAFile() throws IOException {
        config = writeConfig("dist/index.html");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void refusesAProjectFolderWithNodeModulesOrTarget() throws IOException {
        write("web/index.html", "x");
        write("web/node_modules/vite/index.js", "x");
        config = writeConfig("web");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("build.frontendDist").hasMessageContaining("contains node_modules")
                .hasMessageContaining("Fix:");

        config = writeConfig(".");
        Files.createDirectories(classes);
        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("contains target");
        assertThat(classes.resolve("tauri4j/assets")).doesNotExist();
    }

    @Test
    void refusesADistThatOverlapsTheOutput() throws IOException {
        write("target/classes/index.html", "x");
        config = writeConfig("target/classes");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("overlaps the output folder");
    }

    @Test
    void refusesAMissingFrontendDistSetting() throws IOException {
        write("tauri.conf.json", "{\"identifier\": \"dev.x\"}");

        assertThatThrownBy(this::embed).isInstanceOf(AssetEmbedException.class)
                .hasMessageContaining("build.frontendDist is not set");
    }

    @Test
    void aUrlEmbedsNoAssetsButStillTheConfig() throws IOException {
        embed();
        config = writeConfig("https://example.com/app");

        EmbeddedAssets embedded = embed();

        assertThat(embedded.assetsDir()).isNull();
        assertThat(classes.resolve("tauri4j/assets")).doesNotExist();
        assertThat(classes.resolve("tauri4j/tauri.conf.json")).content().contains("https://example.com/app");
    }

    private EmbeddedAssets embed() throws IOException {
        LoadedConfig loaded = ConfigLoader.load(config);
        return new AssetEmbedder(log).embed(loaded, config, classes);
    }

    private Path writeConfig(String frontendDist) throws IOException {
        return writeConfigAt("tauri.conf.json", frontendDist);
    }

    private Path writeConfigAt(String relative, String frontendDist) throws IOException {
        return write(relative, "{\"identifier\": \"dev.tauri4j.test\", \"build\": {\"frontendDist\": \""
                + frontendDist + "\"}}");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
