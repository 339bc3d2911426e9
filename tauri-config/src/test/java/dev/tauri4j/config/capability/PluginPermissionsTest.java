package dev.tauri4j.config.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginPermissionsTest {

    private static final String DEFAULT = """
            {"$schema": "schemas/schema.json",
             "default": {"description": "echo and count", "permissions": ["allow-echo", "allow-count"]}}""";
    private static final String SETS = """
            {"permission": [{"identifier": "allow-shout", "description": "x", "commands": {"allow": ["echo", "shout_loud"]}},
                            {"identifier": "scoped-echo", "commands": {"allow": ["echo"]}, "scope": {"allow": [{"path": "$APPDATA/**"}]}}],
             "set": [{"identifier": "allow-all", "description": "all", "permissions": ["echo:default", "allow-shout-loud"]}]}""";

    private static PluginPermissions echo(Map<String, String> files) {
        return PluginPermissions.of("echo", List.of("echo", "count", "shout_loud"), files);
    }

    private static Map<String, String> files(String... nameAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) m.put(nameAndText[i], nameAndText[i + 1]);
        return m;
    }

    @Test
    void everyCommandGetsAllowAndDenyWithDashes() {
        PluginPermissions p = echo(Map.of());
        assertThat(p.table().get("echo:allow-shout-loud").allow()).containsExactly("plugin:echo|shout_loud");
        assertThat(p.table().get("echo:deny-count").deny()).containsExactly("plugin:echo|count");
        assertThat(p.allowPermissionFor("shout_loud")).isEqualTo("echo:allow-shout-loud");
        assertThat(p.allowPermissionFor("nope")).isNull();
    }

    @Test
    void defaultAndSetsResolveToTheirCommands() {
        PluginPermissions p = echo(files("default.json", DEFAULT, "sets.json", SETS));
        assertThat(p.table().get("echo:default").allow()).containsExactlyInAnyOrder("plugin:echo|echo", "plugin:echo|count");
        assertThat(p.table().get("echo:allow-all").allow())
                .containsExactlyInAnyOrder("plugin:echo|echo", "plugin:echo|count", "plugin:echo|shout_loud");
        assertThat(p.table().get("echo:allow-shout").allow()).containsExactlyInAnyOrder("plugin:echo|echo", "plugin:echo|shout_loud");
        assertThat(p.table().get("echo:scoped-echo").commandScopes().get("plugin:echo|echo").allow())
                .extracting(e -> e.value().textField("path").orElseThrow()).containsExactly("$APPDATA/**");
    }

    private static final String SCOPED = """
            {"permission": [
               {"identifier": "greet-friends", "commands": {"allow": ["echo"]},
                "scope": {"allow": [{"name": "ada"}, {"name": "bob"}], "deny": [{"name": "eve"}]}},
               {"identifier": "scope-ada", "scope": {"allow": [{"name": "ada"}]}}],
             "set": [{"identifier": "friendly", "permissions": ["greet-friends", "scope-ada", "allow-count"]}]}""";

    private static List<String> names(List<dev.tauri4j.config.scope.ScopeEntry> entries) {
        return entries.stream().map(e -> e.value().textField("name").orElseThrow()).toList();
    }

    @Test
    void scopeEntriesOfAPermissionWithCommandsAreTheirCommandScope() {
        Grants g = echo(files("scoped.json", SCOPED)).table().get("echo:greet-friends");
        var scope = g.commandScopes().get("plugin:echo|echo");
        assertThat(names(scope.allow())).containsExactly("ada", "bob");
        assertThat(names(scope.deny())).containsExactly("eve");
        assertThat(scope.allow().getFirst().source()).isEqualTo("scoped.json");
        assertThat(scope.allow().getFirst().path()).isEqualTo("permission[greet-friends].scope.allow[0]");
        assertThat(g.globalScopes()).isEmpty();
    }

    @Test
    void aPermissionWithoutCommandsIsTheGlobalScopeAndASetCarriesBoth() {
        PluginPermissions p = echo(files("scoped.json", SCOPED));
        Grants only = p.table().get("echo:scope-ada");
        assertThat(only.allow()).isEmpty();
        assertThat(names(only.globalScopes().get("echo").allow())).containsExactly("ada");
        Grants set = p.table().get("echo:friendly");
        assertThat(set.allow()).containsExactlyInAnyOrder("plugin:echo|echo", "plugin:echo|count");
        assertThat(names(set.commandScopes().get("plugin:echo|echo").deny())).containsExactly("eve");
        assertThat(set.commandScopes()).doesNotContainKey("plugin:echo|count");
        assertThat(names(set.globalScopes().get("echo").allow())).containsExactly("ada");
    }

    /** {@link #SCOPED} as Tauri's plugins write it: {@code permissions/*.toml}. */
    private static final String SCOPED_TOML = """
            "$schema" = "schemas/schema.json"

            [[permission]]
            identifier = "greet-friends"
            commands.allow = ["echo"]

            [[permission.scope.allow]]
            name = "ada"

            [[permission.scope.allow]]
            name = "bob"

            [[permission.scope.deny]]
            name = "eve"

            [[permission]]
            identifier = "scope-ada"
            [[permission.scope.allow]]
            name = "ada"

            [[set]]
            identifier = "friendly"
            permissions = ["greet-friends", "scope-ada", "allow-count"]
            """;

    @Test
    void tomlPermissionFilesReadAsTheirJsonTwin() {
        PluginPermissions fromToml = echo(files("scoped.toml", SCOPED_TOML, "default.toml", "[default]\npermissions = [\"allow-echo\"]\n"));
        PluginPermissions fromJson = echo(files("scoped.json", SCOPED));
        Grants set = fromToml.table().get("echo:friendly");
        assertThat(set.allow()).isEqualTo(fromJson.table().get("echo:friendly").allow());
        assertThat(names(set.commandScopes().get("plugin:echo|echo").allow())).containsExactly("ada", "bob");
        assertThat(names(set.commandScopes().get("plugin:echo|echo").deny())).containsExactly("eve");
        assertThat(names(set.globalScopes().get("echo").allow())).containsExactly("ada");
        assertThat(set.commandScopes().get("plugin:echo|echo").allow().getFirst().source()).isEqualTo("scoped.toml");
        assertThat(fromToml.table().get("echo:default").allow()).containsExactly("plugin:echo|echo");
    }

    @Test
    void brokenTomlNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> echo(files("bad.toml", "[[permission]]\nidentifier = \"x\"\ncommands.allow = [\"echo\"\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bad.toml").hasMessageContaining("not valid TOML at line");
    }

    /** Tauri's fs:scope has neither commands nor entries; what a capability writes with it is the global scope. */
    @Test
    void anEmptyPermissionCarriesTheCapabilitysEntriesToTheGlobalScope() {
        PluginPermissions echo = echo(files("scope.json", """
                {"permission": [{"identifier": "scope", "description": "An empty permission you can use to modify the global scope."}]}"""));
        PermissionCatalog catalog = PermissionCatalog.of(List.of(), name -> Optional.of(echo).filter(e -> e.plugin().equals(name)));
        List<String> warnings = new ArrayList<>();
        var caps = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"echo:allow-echo\", "
                + "{\"identifier\": \"echo:scope\", \"allow\": [{\"name\": \"ada\"}], \"deny\": [{\"name\": \"eve\"}]}]}", "capabilities/c.json", warnings);
        CapabilitySet set = CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, catalog, "linux", warnings);
        var call = set.scopeFor("plugin:echo|echo", "main", "tauri://localhost/", true);
        assertThat(names(call.global().allow())).containsExactly("ada");
        assertThat(names(call.global().deny())).containsExactly("eve");
        assertThat(warnings).isEmpty();
    }

    @Test
    void fileAndCapabilityEntriesMeetInTheCallScope() {
        PluginPermissions echo = echo(files("scoped.json", SCOPED));
        PermissionCatalog catalog = PermissionCatalog.of(List.of(), name -> Optional.of(echo).filter(e -> e.plugin().equals(name)));
        List<String> warnings = new ArrayList<>();
        var caps = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"echo:friendly\", "
                + "{\"identifier\": \"echo:greet-friends\", \"deny\": [{\"name\": \"bob\"}]}]}", "capabilities/c.json", warnings);
        CapabilitySet set = CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, catalog, "linux", warnings);
        var call = set.scopeFor("plugin:echo|echo", "main", "tauri://localhost/", true);
        assertThat(names(call.command().allow())).containsExactly("ada", "bob", "ada", "bob");
        assertThat(names(call.command().deny())).containsExactlyInAnyOrder("eve", "eve", "bob");
        assertThat(names(call.global().allow())).containsExactly("ada");
        assertThat(warnings).isEmpty();
    }

    @Test
    void malformedScopesNameTheFileAndTheKey() {
        assertThatThrownBy(() -> echo(files("x.json", "{\"permission\": [{\"identifier\": \"a\", \"scope\": [1]}]}")))
                .hasMessageContaining("x.json").hasMessageContaining("permission[a].scope");
        assertThatThrownBy(() -> echo(files("x.json", "{\"permission\": [{\"identifier\": \"a\", \"scope\": {\"allows\": []}}]}")))
                .hasMessageContaining("permission[a].scope.allows is not a key");
        assertThatThrownBy(() -> echo(files("x.json", "{\"permission\": [{\"identifier\": \"a\", \"scope\": {\"allow\": {}}}]}")))
                .hasMessageContaining("permission[a].scope.allow must be an array");
        assertThatThrownBy(() -> echo(files("x.json", "{\"permission\": [{\"identifier\": \"a\", \"commands\": {\"deny\": [\"echo\"]}, "
                + "\"scope\": {\"allow\": [1]}}]}"))).hasMessageContaining("allows no command");
    }

    @Test
    void aSetNamingAnUnknownPermissionNamesTheFileAndTheName() {
        assertThatThrownBy(() -> echo(files("default.json", "{\"default\": {\"permissions\": [\"allow-nope\"]}}")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("default.json").hasMessageContaining("\"allow-nope\"");
    }

    @Test
    void aPermissionDefinedTwiceAndAnUnknownKeyFail() {
        assertThatThrownBy(() -> echo(files("x.json", "{\"permission\": [{\"identifier\": \"allow-echo\"}]}")))
                .hasMessageContaining("defines permission \"allow-echo\" twice");
        assertThatThrownBy(() -> echo(files("x.json", "{\"permissions\": []}")))
                .hasMessageContaining("x.json: permissions is not a key of Tauri's permission format");
        assertThatThrownBy(() -> echo(files("a.json", "{\"set\": [{\"identifier\": \"a\", \"permissions\": [\"b\"]}, "
                + "{\"identifier\": \"b\", \"permissions\": [\"a\"]}]}"))).hasMessageContaining("includes itself");
    }

    @Test
    void capabilitiesResolvePluginPermissionsAndNameMissingPlugins() {
        PluginPermissions echo = echo(files("default.json", DEFAULT));
        PermissionCatalog catalog = PermissionCatalog.of(List.of("greet"), name -> Optional.of(echo).filter(e -> e.plugin().equals(name)));
        List<String> warnings = new ArrayList<>();
        var caps = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"echo:default\", "
                + "\"echo:deny-count\"]}", "capabilities/c.json", warnings);
        ResolvedCapability r = CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, catalog, "linux", warnings).active().getFirst();
        assertThat(r.allow()).contains("plugin:echo|echo", "plugin:echo|count");
        assertThat(r.deny()).containsEntry("plugin:echo|count", "echo:deny-count");
        assertThat(catalog.allowPermissionFor("plugin:echo|count")).isEqualTo("echo:allow-count");

        var nope = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"echo:allow-nope\"]}",
                "capabilities/c.json", warnings);
        assertThatThrownBy(() -> CapabilitySet.resolve(List.of(), "tauri.conf.json", nope, catalog, "linux", warnings))
                .hasMessageContaining("\"echo:allow-nope\" is not a permission").hasMessageContaining("echo:allow-echo");
        var updater = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"updater:default\"]}",
                "capabilities/c.json", warnings);
        assertThatThrownBy(() -> CapabilitySet.resolve(List.of(), "tauri.conf.json", updater, catalog, "linux", warnings))
                .hasMessageContaining("The app has no plugin \"updater\"").hasMessageContaining("dev.tauri4j.plugins:updater")
                .hasMessageContaining("not available yet");
        var os = CapabilityFiles.parse("{\"identifier\": \"c\", \"windows\": [\"main\"], \"permissions\": [\"os:default\"]}",
                "capabilities/c.json", warnings);
        assertThatThrownBy(() -> CapabilitySet.resolve(List.of(), "tauri.conf.json", os, catalog, "linux", warnings))
                .hasMessageContaining("The app has no plugin \"os\"").hasMessageContaining("Maven artifact dev.tauri4j.plugins:os")
                .hasMessageContaining("new dev.tauri4j.plugins.os.OsPlugin()").hasMessageContaining("Fix: ")
                .hasMessageNotContaining("not available yet");
    }

    @Test
    void pluginSettingsAreKeptByName() {
        var loaded = dev.tauri4j.config.ConfigLoader.parse("{\"identifier\": \"a.b\", \"plugins\": {\"echo\": {\"greeting\": \"hi\"}}}",
                "tauri.conf.json");
        assertThat(loaded.config().plugins().get("echo").path("greeting").asText()).isEqualTo("hi");
        assertThatThrownBy(() -> dev.tauri4j.config.ConfigLoader.parse("{\"identifier\": \"a.b\", \"plugins\": 3}", "tauri.conf.json"))
                .hasMessageContaining("plugins must be an object");
    }
}
