package dev.tauri4j.config.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilitySetTest {

    private static final PermissionCatalog CATALOG = PermissionCatalog.of(List.of("greet", "get_data", "echoBytes", "plugin:event|listen"));
    private final List<String> warnings = new ArrayList<>();

    private List<Capability> file(String name, String json) {
        return CapabilityFiles.parse(json, "capabilities/" + name, warnings);
    }

    private CapabilitySet resolve(List<JsonNode> configured, List<Capability> files) {
        return CapabilitySet.resolve(configured, "tauri.conf.json", files, CATALOG, "linux", warnings);
    }

    private static JsonNode json(String text) throws Exception {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void aFullCapabilityFileIsRead() {
        Capability c = file("main.json", """
                {"$schema": "../gen/schemas/desktop-schema.json", "identifier": "main-capability", "description": "main",
                 "windows": ["main", "settings-*"], "webviews": ["side"], "local": false,
                 "permissions": ["core:default", {"identifier": "allow-greet"}],
                 "remote": {"urls": ["https://*.example.com"]}, "platforms": ["linux", "macOS"]}""").getFirst();
        assertThat(c.identifier()).isEqualTo("main-capability");
        assertThat(c.windows()).containsExactly("main", "settings-*");
        assertThat(c.permissions()).extracting(PermissionRef::identifier).containsExactly("core:default", "allow-greet");
        assertThat(c.permissions()).extracting(PermissionRef::path).containsExactly("permissions[0]", "permissions[1]");
        assertThat(c.remoteUrls()).containsExactly("https://*.example.com");
        assertThat(c.local()).isFalse();
        assertThat(c.appliesToWindow("settings-2")).isTrue();
        assertThat(c.appliesToWindow("side")).isTrue();
        assertThat(c.appliesToWindow("other")).isFalse();
        assertThat(c.activeOn("linux")).isTrue();
        assertThat(c.activeOn("windows")).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void withNoCapabilitiesListedEveryFileIsActive() {
        List<Capability> files = new ArrayList<>(file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [\"allow-greet\"]}"));
        files.addAll(file("b.json", "{\"identifier\": \"b\", \"windows\": [\"main\"], \"permissions\": [\"deny-greet\"]}"));
        CapabilitySet set = resolve(List.of(), files);
        assertThat(set.active()).extracting(r -> r.capability().identifier()).containsExactly("a", "b");
        assertThat(set.active().get(0).allow()).containsExactly("greet");
        assertThat(set.active().get(1).deny()).containsEntry("greet", "deny-greet");
    }

    @Test
    void listedCapabilitiesSelectFilesByIdentifierAndInlineObjects() throws Exception {
        List<Capability> files = new ArrayList<>(file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": []}"));
        files.addAll(file("b.json", "{\"identifier\": \"b\", \"windows\": [\"main\"], \"permissions\": []}"));
        CapabilitySet set = resolve(List.of(json("\"b\""),
                json("{\"identifier\": \"inline\", \"windows\": [\"*\"], \"permissions\": [\"core:event:default\"]}")), files);
        assertThat(set.active()).extracting(r -> r.capability().identifier()).containsExactly("b", "inline");
        assertThat(set.active().get(1).capability().where()).isEqualTo("tauri.conf.json app.security.capabilities[1]");
        assertThat(set.active().get(1).allow()).contains("plugin:event|listen", "plugin:event|emit_to");
    }

    @Test
    void anUnknownListedIdentifierNamesTheFilesAndTheClosestOne() throws Exception {
        List<Capability> files = file("default.json", "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": []}");
        assertThatThrownBy(() -> resolve(List.of(json("\"defualt\"")), files))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tauri.conf.json: app.security.capabilities[0] names capability \"defualt\"")
                .hasMessageContaining("found: default")
                .hasMessageContaining("did you mean \"default\"?");
    }

    @Test
    void aCapabilityForAnotherPlatformIsInactive() {
        List<Capability> files = file("mac.json", "{\"identifier\": \"mac\", \"windows\": [\"main\"], \"permissions\": [\"allow-greet\"], \"platforms\": [\"macOS\"]}");
        CapabilitySet set = resolve(List.of(), files);
        assertThat(set.active()).isEmpty();
        assertThat(set.warnings()).anySatisfy(w -> assertThat(w).contains("\"mac\"").contains("inactive on linux"));
    }

    @Test
    void anUnknownPermissionFailsWithFileKeyAndSuggestion() {
        List<Capability> files = file("default.json", "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\", \"allow-gret\"]}");
        assertThatThrownBy(() -> resolve(List.of(), files))
                .isInstanceOf(ConfigException.class)
                .hasMessage("capabilities/default.json: permissions[1] \"allow-gret\" is not a permission tauri4j knows. Fix: did you mean \"allow-greet\"?")
                .extracting(e -> ((ConfigException) e).path()).isEqualTo("permissions[1]");
    }

    @Test
    void aPermissionForACommandThatDoesNotExistSaysSo() {
        List<Capability> files = file("default.json", "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"allow-launchMissiles\"]}");
        assertThatThrownBy(() -> resolve(List.of(), files))
                .hasMessageContaining("no app command is called \"launchMissiles\"");
    }

    @Test
    void aPluginTauri4jDoesNotHaveIsNamed() {
        List<Capability> files = file("default.json", "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"fs:default\"]}");
        assertThatThrownBy(() -> resolve(List.of(), files))
                .hasMessageContaining("permissions[0] \"fs:default\"")
                .hasMessageContaining("The app has no plugin \"fs\"");
    }

    @Test
    void aMisspeltCoreWindowPermissionGetsASuggestion() {
        List<Capability> files = file("default.json", "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:window:allow-set-titel\"]}");
        assertThatThrownBy(() -> resolve(List.of(), files)).hasMessageContaining("did you mean \"core:window:allow-set-title\"?");
    }

    @Test
    void badKeysAndTypesNameTheirPath() {
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permission\": []}"))
                .hasMessageContaining("capabilities/a.json: permission is not a key of a capability (did you mean \"permissions\"?)");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"]}"))
                .hasMessageContaining("permissions is missing");
        assertThatThrownBy(() -> file("a.json", "{\"windows\": [\"main\"], \"permissions\": []}"))
                .hasMessageContaining("identifier is missing");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": \"main\", \"permissions\": []}"))
                .hasMessageContaining("windows must be an array, found \"main\" (string)");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [], \"platforms\": [\"Linux\"]}"))
                .hasMessageContaining("platforms[0] \"Linux\" is not a platform (did you mean \"linux\"?)");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [], \"remote\": {\"urls\": [\"example.com\"]}}"))
                .hasMessageContaining("remote.urls[0] \"example.com\" is not a URL pattern: it has no scheme");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [42]}"))
                .hasMessageContaining("permissions[0] must be a permission identifier");
        assertThatThrownBy(() -> file("a.json", "{\"identifier\": \"a\", \"identifier\": \"b\"}"))
                .hasMessageContaining("capabilities/a.json: not valid JSON at line 1");
    }

    @Test
    void scopeEntriesAreKeptWithoutAWarning() {
        Capability c = file("a.json", "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": [{\"path\": \"$HOME\"}]}]}").getFirst();
        assertThat(c.permissions().getFirst().scoped()).isTrue();
        assertThat(c.permissions().getFirst().scope().allow()).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("permissions[0].allow[0]"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void twoFilesWithOneIdentifierAreRefused() {
        List<Capability> files = new ArrayList<>(file("a.json", "{\"identifier\": \"x\", \"windows\": [\"main\"], \"permissions\": []}"));
        files.addAll(file("b.json", "{\"identifier\": \"x\", \"windows\": [\"main\"], \"permissions\": []}"));
        assertThatThrownBy(() -> resolve(List.of(), files)).hasMessageContaining("capabilities/b.json: identifier \"x\" is also the identifier of the capability in capabilities/a.json");
    }

    @Test
    void aFileMayHoldAListOfCapabilities() {
        List<Capability> list = file("many.json", "{\"capabilities\": [{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": []},"
                + " {\"identifier\": \"b\", \"windows\": [\"main\"], \"permissions\": [\"nope\"]}]}");
        assertThat(list).extracting(Capability::identifier).containsExactly("a", "b");
        assertThatThrownBy(() -> resolve(List.of(), list)).hasMessageContaining("capabilities/many.json: capabilities[1].permissions[0] \"nope\"");
    }

    @Test
    void directoriesAreReadInNameOrderAndTomlIsIgnoredWithAWarning(@TempDir Path dir) throws Exception {
        Path caps = Files.createDirectories(dir.resolve("capabilities"));
        Files.writeString(caps.resolve("b.json"), "{\"identifier\": \"b\", \"windows\": [\"main\"], \"permissions\": []}");
        Files.writeString(caps.resolve("a.json"), "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": []}");
        Files.writeString(caps.resolve("c.toml"), "identifier = 'c'");
        assertThat(CapabilityFiles.fromDirectory(caps, warnings)).extracting(Capability::identifier).containsExactly("a", "b");
        assertThat(warnings).singleElement().asString().contains("capabilities/c.toml is ignored").contains("JSON only");
        assertThat(CapabilityFiles.fromDirectory(dir.resolve("missing"), warnings)).isEmpty();
    }

    @Test
    void coreDefaultsMatchTauri() {
        Set<String> window = CATALOG.resolve("core:window:default").orElseThrow().allow();
        assertThat(window).contains("plugin:window|title", "plugin:window|inner_size", "plugin:window|is_visible")
                .doesNotContain("plugin:window|set_title", "plugin:window|close", "plugin:window|create");
        Set<String> app = CATALOG.resolve("core:app:default").orElseThrow().allow();
        assertThat(app).contains("plugin:app|version", "plugin:app|name").doesNotContain("plugin:app|exit", "plugin:app|app_hide");
        assertThat(CATALOG.resolve("core:path:default").orElseThrow().allow()).hasSize(8);
        assertThat(CATALOG.resolve("core:event:default").orElseThrow().allow())
                .containsExactlyInAnyOrder("plugin:event|listen", "plugin:event|unlisten", "plugin:event|emit", "plugin:event|emit_to");
        Set<String> core = CATALOG.resolve("core:default").orElseThrow().allow();
        assertThat(core).containsAll(window).containsAll(app).contains("plugin:webview|webview_size").doesNotContain("plugin:window|set_title");
        assertThat(CATALOG.resolve("core:window:allow-set-title").orElseThrow().allow()).containsExactly("plugin:window|set_title");
        assertThat(CATALOG.resolve("core:window:deny-close").orElseThrow().deny()).containsExactly("plugin:window|close");
        assertThat(PermissionCatalog.corePlugins()).contains("app", "event", "path", "webview", "window");
    }

    @Test
    void appCommandPermissionsAcceptTauriAndJavaSpellings() {
        assertThat(CATALOG.resolve("allow-get-data").orElseThrow().allow()).containsExactly("get_data");
        assertThat(CATALOG.resolve("allow-get_data").orElseThrow().allow()).containsExactly("get_data");
        assertThat(CATALOG.resolve("deny-echoBytes").orElseThrow().deny()).containsExactly("echoBytes");
        assertThat(CATALOG.resolve("allow-echo-bytes").orElseThrow().allow()).containsExactly("echoBytes");
        assertThat(CATALOG.resolve("allow-plugin:event|listen")).isEmpty();
        assertThat(CATALOG.allowPermissionFor("get_data")).isEqualTo("allow-get-data");
        assertThat(CATALOG.allowPermissionFor("plugin:window|set_title")).isEqualTo("core:window:allow-set-title");
        PermissionCatalog buildTime = PermissionCatalog.withoutAppCommands();
        assertThat(buildTime.resolve("allow-anything").orElseThrow().allow()).containsExactly("anything");
        assertThat(buildTime.resolve("core:window:allow-nope")).isEmpty();
    }
}
