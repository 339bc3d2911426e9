package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static LoadedConfig parse(String json) {
        return ConfigLoader.parse(json, "tauri.conf.json");
    }

    @Test
    void everyHonouredKeyIsRead() {
        LoadedConfig loaded = parse("""
                {
                  "productName": "Full App",
                  "version": "1.2.3-beta.1+build.5",
                  "identifier": "com.example.full-app",
                  "build": {
                    "devUrl": "http://localhost:5173",
                    "frontendDist": "../web/dist",
                    "beforeDevCommand": "npm run dev",
                    "beforeBuildCommand": {"script": "npm run build"}
                  },
                  "app": {
                    "withGlobalTauri": true,
                    "windows": [
                      {"label": "main", "title": "Main", "url": "main.html", "width": 1024, "height": 768.5,
                       "minWidth": 400, "minHeight": 300, "maxWidth": 2000, "maxHeight": 1500,
                       "resizable": false, "fullscreen": true, "decorations": false, "alwaysOnTop": true,
                       "center": true, "visible": false, "create": false},
                      {"label": "settings/general:1_a", "url": "https://example.com"}
                    ],
                    "security": {
                      "csp": "default-src 'self'",
                      "devCsp": "default-src 'self' http://localhost:5173",
                      "freezePrototype": true,
                      "capabilities": ["default", {"identifier": "inline", "windows": ["main"], "permissions": []}]
                    }
                  }
                }
                """);

        TauriConfig c = loaded.config();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.baseDir()).isNull();
        assertThat(c.productName()).isEqualTo("Full App");
        assertThat(c.version()).isEqualTo("1.2.3-beta.1+build.5");
        assertThat(c.identifier()).isEqualTo("com.example.full-app");
        assertThat(c.build()).isEqualTo(new BuildConfig("http://localhost:5173", "../web/dist", "npm run dev", "npm run build"));
        assertThat(c.app().withGlobalTauri()).isTrue();
        assertThat(c.app().windows()).containsExactly(
                new WindowConfig("main", "Main", "main.html", 1024, 768.5, 400.0, 300.0, 2000.0, 1500.0,
                        false, true, false, true, true, false, false),
                WindowConfig.of("settings/general:1_a").withUrl("https://example.com"));
        SecurityConfig s = c.app().security();
        assertThat(s.csp()).isEqualTo("default-src 'self'");
        assertThat(s.devCsp()).isEqualTo("default-src 'self' http://localhost:5173");
        assertThat(s.freezePrototype()).isTrue();
        assertThat(s.capabilities()).hasSize(2);
        assertThat(s.capabilities().get(0).textValue()).isEqualTo("default");
        assertThat(s.capabilities().get(1).get("identifier").textValue()).isEqualTo("inline");
    }

    @Test
    void absentKeysGetTheModelDefaults() {
        LoadedConfig loaded = parse("{\"identifier\": \"com.example.myapp\"}");

        assertThat(loaded.config()).isEqualTo(TauriConfig.defaults("com.example.myapp"));
        assertThat(loaded.config().productName()).isEqualTo("myapp");
        assertThat(loaded.config().app().windows()).containsExactly(WindowConfig.main());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void absentWindowKeysGetTheDefaultsOfTheirLabel() {
        LoadedConfig loaded = parse("""
                {"identifier": "com.example.app", "app": {"windows": [{}, {"label": "about"}]}}""");

        assertThat(loaded.config().app().windows()).containsExactly(WindowConfig.main(), WindowConfig.of("about"));
    }

    @Test
    void explicitNullsForOptionalKeysMeanDefault() {
        LoadedConfig loaded = parse("""
                {"identifier": "com.example.app", "productName": null, "version": null,
                 "build": {"devUrl": null, "frontendDist": null, "beforeDevCommand": null},
                 "app": {"windows": [{"minWidth": null}], "security": {"csp": null, "devCsp": null}}}""");

        assertThat(loaded.config()).isEqualTo(TauriConfig.defaults("com.example.app"));
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void anEmptyWindowListMeansNoWindowAtStart() {
        LoadedConfig loaded = parse("{\"identifier\": \"com.example.app\", \"app\": {\"windows\": []}}");

        assertThat(loaded.config().app().windows()).isEmpty();
    }

    @Test
    void ignoredTauriKeysAreNamedInOneWarning() {
        LoadedConfig loaded = parse("""
                {
                  "identifier": "com.example.app",
                  "mainBinaryName": "app",
                  "build": {"runner": "cross", "features": ["x"], "beforeBundleCommand": "true",
                            "beforeDevCommand": {"script": "npm run dev", "cwd": "..", "wait": true}},
                  "app": {
                    "trayIcon": {"iconPath": "icons/icon.png"},
                    "macOSPrivateApi": true,
                    "windows": [{"title": "A", "transparent": true, "x": 10, "theme": null}],
                    "security": {"headers": {"Timing-Allow-Origin": "*"}, "pattern": {"use": "brownfield"}}
                  }
                }
                """);

        assertThat(loaded.config().build().beforeDevCommand()).isEqualTo("npm run dev");
        assertThat(loaded.config().app().windows().getFirst().title()).isEqualTo("A");
        assertThat(loaded.config().app().windows().getFirst().transparent()).isTrue();
        assertThat(loaded.config().app().trayIcon().iconPath()).as("app.trayIcon is honoured").isEqualTo("icons/icon.png");
        assertThat(loaded.warnings()).containsExactly("tauri.conf.json: these keys are not supported by tauri4j yet "
                + "and are ignored: mainBinaryName, build.runner, build.features, build.beforeBundleCommand, "
                + "build.beforeDevCommand.cwd, build.beforeDevCommand.wait, app.macOSPrivateApi, "
                + "app.windows[0].x, app.security.headers, app.security.pattern");
    }

    @Test
    void unknownKeysAreNamedInOneWarningWithSuggestions() {
        LoadedConfig loaded = parse("""
                {"identifier": "com.example.app", "idenitfier": "x", "colour": "red",
                 "app": {"windows": [{"widht": 1000, "heigth": 700, "z": 1}], "securty": {}}}""");

        assertThat(loaded.config().app().windows().getFirst().width()).isEqualTo(800);
        assertThat(loaded.warnings()).containsExactly("tauri.conf.json: these keys are not in Tauri's config schema "
                + "and are ignored: idenitfier (did you mean identifier?), colour, app.securty (did you mean security?), "
                + "app.windows[0].widht (did you mean width?), app.windows[0].heigth (did you mean height?), "
                + "app.windows[0].z");
    }

    @Test
    void bothWarningsAppearTogetherAndSchemaBundleAndPluginsAreSilent() {
        LoadedConfig loaded = parse("""
                {"$schema": "https://schema.tauri.app/config/2", "identifier": "com.example.app",
                 "bundle": {"active": true, "whatever": 1}, "plugins": {"updater": {"pubkey": "k"}},
                 "app": {"enableGTKAppId": true, "windowz": []}}""");

        assertThat(loaded.warnings()).containsExactly(
                "tauri.conf.json: these keys are not supported by tauri4j yet and are ignored: app.enableGTKAppId",
                "tauri.conf.json: these keys are not in Tauri's config schema and are ignored: "
                        + "app.windowz (did you mean windows?)");
        assertThat(loaded.raw().get("bundle").get("whatever").intValue()).isEqualTo(1);
        assertThat(loaded.raw().get("plugins").get("updater").get("pubkey").textValue()).isEqualTo("k");
    }

    @Test
    void cspDirectiveMapsBecomeOnePolicyString() {
        LoadedConfig loaded = parse("""
                {"identifier": "com.example.app", "app": {"security": {
                  "csp": {"default-src": "'self'", "img-src": ["'self'", "data:"], "upgrade-insecure-requests": []},
                  "devCsp": {"default-src": ["'self'", "http://localhost:1420"], "connect-src": "ipc: http://ipc.localhost"}
                }}}""");

        SecurityConfig s = loaded.config().app().security();
        assertThat(s.csp()).isEqualTo("default-src 'self'; img-src 'self' data:; upgrade-insecure-requests");
        assertThat(s.devCsp()).isEqualTo("default-src 'self' http://localhost:1420; connect-src ipc: http://ipc.localhost");
    }

    @Test
    void cspModificationIsAllowedByDefaultAndCanBeDisabledWhollyOrPerDirective() {
        assertThat(parse("""
                {"identifier": "com.example.app", "app": {"security": {"csp": "default-src 'self'"}}}""")
                .config().app().security().cspModification()).isEqualTo(CspModification.ALLOWED);
        CspModification all = parse("""
                {"identifier": "com.example.app", "app": {"security": {"dangerousDisableAssetCspModification": true}}}""")
                .config().app().security().cspModification();
        assertThat(all.mayModify("script-src")).isFalse();
        CspModification some = parse("""
                {"identifier": "com.example.app", "app": {"security": {"dangerousDisableAssetCspModification": ["Style-Src"]}}}""")
                .config().app().security().cspModification();
        assertThat(some.mayModify("style-src")).isFalse();
        assertThat(some.mayModify("script-src")).isTrue();
        assertThat(parse("""
                {"identifier": "com.example.app", "app": {"security": {"dangerousDisableAssetCspModification": false}}}""")
                .warnings()).isEmpty();
    }

    @Test
    void anEmptyCspMeansNoPolicy() {
        LoadedConfig loaded = parse("""
                {"identifier": "com.example.app", "app": {"security": {"csp": {}, "devCsp": "  "}}}""");

        assertThat(loaded.config().app().security().csp()).isNull();
        assertThat(loaded.config().app().security().devCsp()).isNull();
    }

    @Test
    void versionIsReadFromPackageJsonRelativeToTheConfigFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\", \"version\": \"2.5.0\"}");
        Path srcTauri = Files.createDirectory(dir.resolve("src-tauri"));
        Path file = Files.writeString(srcTauri.resolve("tauri.conf.json"),
                "{\"identifier\": \"com.example.app\", \"version\": \"../package.json\"}");

        LoadedConfig loaded = ConfigLoader.load(file);

        assertThat(loaded.config().version()).isEqualTo("2.5.0");
        assertThat(loaded.baseDir()).isEqualTo(srcTauri.toAbsolutePath());
        assertThat(loaded.raw().get("version").textValue()).isEqualTo("../package.json");
    }

    @Test
    void createTauriAppVanillaConfigLoadsWithoutAnyWarning(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tauri.conf.json"), """
                {
                  "$schema": "https://schema.tauri.app/config/2",
                  "productName": "tauri-app",
                  "version": "0.1.0",
                  "identifier": "com.example.tauri-app",
                  "build": {
                    "beforeDevCommand": "npm run dev",
                    "devUrl": "http://localhost:1420",
                    "beforeBuildCommand": "npm run build",
                    "frontendDist": "../dist"
                  },
                  "app": {
                    "windows": [
                      {
                        "title": "tauri-app",
                        "width": 800,
                        "height": 600
                      }
                    ],
                    "security": {
                      "csp": null
                    }
                  },
                  "bundle": {
                    "active": true,
                    "targets": "all",
                    "icon": [
                      "icons/32x32.png",
                      "icons/128x128.png",
                      "icons/128x128@2x.png",
                      "icons/icon.icns",
                      "icons/icon.ico"
                    ]
                  }
                }
                """);

        LoadedConfig loaded = ConfigLoader.load(file);

        assertThat(loaded.warnings()).isEmpty();
        TauriConfig c = loaded.config();
        assertThat(c.productName()).isEqualTo("tauri-app");
        assertThat(c.version()).isEqualTo("0.1.0");
        assertThat(c.build()).isEqualTo(new BuildConfig("http://localhost:1420", "../dist", "npm run dev", "npm run build"));
        assertThat(c.app().windows()).containsExactly(WindowConfig.main().withTitle("tauri-app"));
        assertThat(c.app().security()).isEqualTo(SecurityConfig.DEFAULT);
        assertThat(loaded.raw().get("bundle").get("icon")).hasSize(5);
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        LoadedConfig loaded = parse("\uFEFF{\"identifier\": \"com.example.app\"}");

        assertThat(loaded.config().identifier()).isEqualTo("com.example.app");
    }

    @Test
    void loadedConfigCopiesItsWarnings() {
        var warnings = new java.util.ArrayList<>(List.of("w"));
        var loaded = new LoadedConfig(TauriConfig.defaults("a.b"), JsonNodeFactory.instance.objectNode(), null, warnings);
        warnings.add("later");

        assertThat(loaded.warnings()).containsExactly("w");
    }

    @Test
    void suggestionsNeedACloseKnownKey() {
        assertThat(SchemaKeys.suggest("widht", SchemaKeys.Section.WINDOW)).isEqualTo("width");
        assertThat(SchemaKeys.suggest("Title", SchemaKeys.Section.WINDOW)).isEqualTo("title");
        assertThat(SchemaKeys.suggest("devURL", SchemaKeys.Section.BUILD)).isEqualTo("devUrl");
        assertThat(SchemaKeys.suggest("colour", SchemaKeys.Section.ROOT)).isNull();
        assertThat(SchemaKeys.suggest("q", SchemaKeys.Section.WINDOW)).isNull();
    }
}
