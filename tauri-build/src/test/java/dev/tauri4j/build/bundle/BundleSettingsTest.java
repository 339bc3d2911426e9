package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSettingsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBundleKeys() throws IOException {
        Files.createDirectories(dir.resolve("icons"));
        Files.copy(Fixtures.resource("icon-32.png"), dir.resolve("icons/32x32.png"));
        Files.copy(Fixtures.resource("icon-32.png"), dir.resolve("icons/128x128.png")); // still 32 px inside
        Files.writeString(dir.resolve("icons/icon.ico"), "not read");
        Files.copy(Fixtures.resource("LICENSE.txt"), dir.resolve("LICENSE"));
        Path conf = dir.resolve("tauri.conf.json");
        Files.writeString(conf, """
                {
                  "productName": "Demo App",
                  "version": "2.1.0",
                  "identifier": "com.example.demo",
                  "bundle": {
                    "active": true,
                    "targets": ["deb", "app-image"],
                    "icon": ["icons/32x32.png", "icons/128x128.png", "icons/icon.ico"],
                    "publisher": "Example Ltd",
                    "category": "DeveloperTool",
                    "copyright": "Copyright 2026 Example",
                    "license": "MIT",
                    "licenseFile": "LICENSE",
                    "shortDescription": "A demo",
                    "longDescription": "A longer demo.",
                    "homepage": "https://example.com",
                    "linux": { "deb": { "depends": ["libnotify4"] }, "rpm": { "depends": ["libnotify"] } }
                  }
                }
                """);

        BundleRequest r = BundleSettings.from(ConfigLoader.load(conf), "Linux").appJar(Path.of("app.jar"))
                .mainClass("a.Main").outputDir(dir.resolve("out")).workDir(dir.resolve("work")).build();

        assertThat(r.productName()).isEqualTo("Demo App");
        assertThat(r.version()).isEqualTo("2.1.0");
        assertThat(r.identifier()).isEqualTo("com.example.demo");
        assertThat(r.targets()).containsExactlyInAnyOrder(BundleTarget.DEB, BundleTarget.APP_IMAGE);
        assertThat(r.icon()).isEqualTo(dir.resolve("icons/32x32.png"));
        assertThat(r.publisher()).isEqualTo("Example Ltd");
        assertThat(r.category()).isEqualTo("DeveloperTool");
        assertThat(r.license()).isEqualTo("MIT");
        assertThat(r.licenseFile()).isEqualTo(dir.resolve("LICENSE"));
        assertThat(r.shortDescription()).isEqualTo("A demo");
        assertThat(r.homepage()).isEqualTo("https://example.com");
        assertThat(r.debDepends()).containsExactly("libnotify4");
        assertThat(r.rpmDepends()).containsExactly("libnotify");
    }

    @Test
    void allMeansWhatThisHostBuilds() {
        assertThat(BundleSettings.targets(null, "Linux"))
                .containsExactlyInAnyOrder(BundleTarget.APP_IMAGE, BundleTarget.DEB, BundleTarget.RPM);
        assertThat(BundleSettings.targets(com.fasterxml.jackson.databind.node.TextNode.valueOf("all"), "Mac OS X"))
                .containsExactlyInAnyOrder(BundleTarget.APP_IMAGE, BundleTarget.DMG);
    }

    @Test
    void startUpSettingsDefaultOnAndTurnOff() {
        BundleRequest unset = load("\"active\": true").appJar(Path.of("a.jar")).mainClass("a.Main")
                .outputDir(dir).workDir(dir).build();
        assertThat(unset.aotCache()).isTrue();
        assertThat(unset.fastStartOptions()).isTrue();
        assertThat(unset.cdsArchive()).isFalse();
        BundleRequest off = load("\"linux\": {\"aotCache\": false, \"fastStartOptions\": false, \"cdsArchive\": true}")
                .appJar(Path.of("a.jar")).mainClass("a.Main").outputDir(dir).workDir(dir).build();
        assertThat(off.aotCache()).isFalse();
        assertThat(off.fastStartOptions()).isFalse();
        assertThat(off.cdsArchive()).isTrue();
        assertThat(AppImageStep.jvmOptions(off)).containsExactly("--enable-native-access=ALL-UNNAMED");
        BundleRequest ownGc = load("\"active\": true").jvmOptions(java.util.List.of("-XX:+UseZGC")).appJar(Path.of("a.jar"))
                .mainClass("a.Main").outputDir(dir).workDir(dir).build();
        assertThat(AppImageStep.jvmOptions(ownGc)).as("two collectors would stop the JVM")
                .containsExactly("--enable-native-access=ALL-UNNAMED", "-XX:-UsePerfData", "-XX:+UseZGC");
        assertThatThrownBy(() -> load("\"linux\": {\"aotCache\": \"yes\"}")).isInstanceOf(BundleException.class)
                .hasMessageContaining("bundle.linux.aotCache must be true or false");
    }

    @Test
    void badValuesSayWhatToFix() {
        assertThatThrownBy(() -> load("\"targets\": \"appimage\"")).isInstanceOf(BundleException.class)
                .hasMessageContaining("AppImage format is not supported");
        assertThatThrownBy(() -> load("\"targets\": [\"zip\"]")).isInstanceOf(BundleException.class)
                .hasMessageContaining("unknown bundle target \"zip\"");
        assertThatThrownBy(() -> load("\"icon\": \"icon.png\"")).isInstanceOf(BundleException.class)
                .hasMessageContaining("bundle.icon must be an array");
        assertThatThrownBy(() -> load("\"publisher\": 3")).isInstanceOf(BundleException.class)
                .hasMessageContaining("bundle.publisher must be a string");
    }

    @Test
    void anExternalBinIsThisMachinesTripleSuffixedBuildBundledWithoutTheTriple() throws IOException {
        Files.createDirectories(dir.resolve("binaries"));
        Files.writeString(dir.resolve("binaries/my-sidecar-x86_64-unknown-linux-gnu"), "#!/bin/sh\n");
        Path conf = dir.resolve("tauri.conf.json");
        Files.writeString(conf, "{\"identifier\": \"com.example.x\", \"bundle\": {\"externalBin\": [\"binaries/my-sidecar\"]}}");
        var loaded = ConfigLoader.load(conf);
        assertThat(BundleSettings.externalBinaries(loaded, dir, "x86_64-unknown-linux-gnu"))
                .containsExactly(new ExternalBinary(dir.resolve("binaries/my-sidecar-x86_64-unknown-linux-gnu"), "my-sidecar"));

        assertThatThrownBy(() -> BundleSettings.externalBinaries(loaded, dir, "aarch64-unknown-linux-gnu"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("tauri.conf.json: bundle.externalBin[0] is \"binaries/my-sidecar\"")
                .hasMessageContaining("binaries/my-sidecar-aarch64-unknown-linux-gnu, which does not exist at "
                        + dir.resolve("binaries/my-sidecar-aarch64-unknown-linux-gnu"))
                .hasMessageContaining("resource path `binaries/my-sidecar-aarch64-unknown-linux-gnu` doesn't exist")
                .hasMessageContaining("Fix: put the binary for aarch64-unknown-linux-gnu there");
    }

    private BundleRequest.Builder load(String bundleKeys) {
        return BundleSettings.from(ConfigLoader.parse("{\"identifier\": \"com.example.x\", \"bundle\": {" + bundleKeys
                + "}}", "tauri.conf.json"), "Linux");
    }

    @Test
    void theDeepLinkPluginsDesktopSchemesAreTheBundlesUrlSchemes() throws IOException {
        Path conf = dir.resolve("tauri.conf.json");
        Files.writeString(conf, """
                {"identifier": "com.example.demo", "version": "1.0.0",
                 "plugins": {"deep-link": {"desktop": [{"schemes": ["demo"]}, {"schemes": ["demo-beta"]}], "mobile": []}}}""");
        BundleRequest r = BundleSettings.from(ConfigLoader.load(conf), "Linux").appJar(Path.of("app.jar"))
                .mainClass("a.Main").outputDir(dir).workDir(dir).build();
        assertThat(r.urlSchemes()).containsExactly("demo", "demo-beta");

        Files.writeString(conf, """
                {"identifier": "com.example.demo", "version": "1.0.0", "plugins": {"deep-link": {"desktop": {"schemes": ["demo://"]}}}}""");
        assertThatThrownBy(() -> BundleSettings.from(ConfigLoader.load(conf), "Linux"))
                .hasMessageContaining("plugins.deep-link.desktop.schemes").hasMessageContaining("\"demo://\" is no URL scheme").hasMessageContaining("Fix:");
    }
}
