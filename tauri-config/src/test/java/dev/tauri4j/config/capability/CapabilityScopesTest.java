package dev.tauri4j.config.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.scope.CallScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapabilityScopesTest {

    private static final String READ = "plugin:fs|read_file";
    private static final String WRITE = "plugin:fs|write_file";
    private final List<String> warnings = new ArrayList<>();

    // A stand-in for the fs plugin's permission files: commands, scope-only permissions and a set of both.
    private static PermissionCatalog catalog() {
        ScopeEntries appData = new ScopeEntries(List.of(
                new ScopeEntry(new ScopeValue.Obj(Map.of("path", new ScopeValue.Str("$APPDATA"))), "fs/permissions/app.toml", "scope.allow[0]"),
                new ScopeEntry(new ScopeValue.Obj(Map.of("path", new ScopeValue.Str("$APPDATA/**"))), "fs/permissions/app.toml", "scope.allow[1]")), List.of());
        Grants read = new Grants(Set.of(READ), Set.of());
        Grants scopeAppData = Grants.scopeOnly("fs", appData);
        return PermissionCatalog.of(List.of("greet")).withPermissions(Map.of(
                "fs:allow-read-file", read,
                "fs:allow-write-file", new Grants(Set.of(WRITE), Set.of()),
                "fs:scope", Grants.scopeOnly("fs", ScopeEntries.EMPTY),
                "fs:scope-appdata-recursive", scopeAppData,
                "fs:allow-appdata-read-recursive", PermissionCatalog.union(read, scopeAppData)));
    }

    private CapabilitySet resolve(String... files) {
        List<Capability> caps = new ArrayList<>();
        for (int i = 0; i < files.length; i++) caps.addAll(CapabilityFiles.parse(files[i], "capabilities/c" + i + ".json", warnings));
        return CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, catalog(), "linux", warnings);
    }

    private static List<String> texts(List<ScopeEntry> entries) {
        return entries.stream().map(e -> e.value().text().or(() -> e.value().textField("path")).orElse(e.value().describe())).toList();
    }

    @Test
    void entriesAreTypedValuesWithTheirPlace() {
        Capability c = CapabilityFiles.parse("""
                {"identifier": "a", "windows": ["main"], "permissions": [
                  "core:default",
                  {"identifier": "allow-greet", "allow": ["x", {"path": "$HOME", "n": 2, "ok": true, "list": [null]}], "deny": [42]}]}""",
                "capabilities/a.json", warnings).getFirst();
        PermissionRef p = c.permissions().get(1);
        assertThat(c.permissions().getFirst().scoped()).isFalse();
        assertThat(p.scope().allow()).extracting(ScopeEntry::path).containsExactly("permissions[1].allow[0]", "permissions[1].allow[1]");
        assertThat(p.scope().allow().getFirst().source()).isEqualTo("capabilities/a.json");
        assertThat(p.scope().allow().get(0).value()).isEqualTo(new ScopeValue.Str("x"));
        ScopeValue obj = p.scope().allow().get(1).value();
        assertThat(obj.textField("path")).contains("$HOME");
        assertThat(obj.field("n")).contains(new ScopeValue.Num(new BigDecimal("2")));
        assertThat(obj.field("ok")).contains(new ScopeValue.Bool(true));
        assertThat(obj.field("list")).contains(new ScopeValue.Arr(List.of(new ScopeValue.Null())));
        assertThat(p.scope().deny()).singleElement().satisfies(e -> assertThat(e.value().describe()).isEqualTo("42 (number)"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void badEntriesNameTheFileThePathAndTheFix() {
        assertThatThrownBy(() -> CapabilityFiles.parse("{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": {\"path\": \"$HOME\"}}]}",
                "capabilities/a.json", warnings))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("capabilities/a.json: permissions[0].allow must be an array, found an object")
                .hasMessageContaining("Fix: list the entries, e.g. \"allow\": [{\"path\": \"$APPDATA/**\"}]");
        assertThatThrownBy(() -> CapabilityFiles.parse("{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"dney\": []}]}",
                "capabilities/a.json", warnings))
                .hasMessageContaining("permissions[0].dney is not a key of a permission entry (did you mean \"deny\"?)");
    }

    @Test
    void commandScopesMergeOverEveryCapabilityOfTheWindowAndNoOther() {
        CapabilitySet set = resolve(
                "{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": [\"a\"]}]}",
                "{\"identifier\": \"b\", \"windows\": [\"m*\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": [\"b\"], \"deny\": [\"c\"]}]}",
                "{\"identifier\": \"c\", \"windows\": [\"other\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": [\"z\"]}]}");
        CallScope main = set.scopeFor("greet", "main", "tauri://localhost/", true);
        assertThat(texts(main.allowed())).containsExactlyInAnyOrder("a", "b");
        assertThat(texts(main.denied())).containsExactly("c");
        assertThat(main.global().isEmpty()).isTrue();
        assertThat(texts(set.scopeFor("greet", "other", "tauri://localhost/", true).allowed())).containsExactly("z");
        assertThat(set.scopeFor("greet", "nobody", "tauri://localhost/", true)).isEqualTo(CallScope.NONE);
        assertThat(set.scopeFor("greet", "main", "https://evil.example/", false)).isEqualTo(CallScope.NONE);
    }

    @Test
    void scopeOnlyPermissionsFeedTheGlobalScopeOfTheirPlugin() {
        CapabilitySet set = resolve("""
                {"identifier": "fs", "windows": ["main"], "permissions": [
                  "fs:allow-read-file", "fs:allow-write-file",
                  {"identifier": "fs:scope", "allow": [{"path": "$HOME/notes/**"}]},
                  "fs:scope-appdata-recursive",
                  {"identifier": "fs:allow-read-file", "deny": [{"path": "$HOME/notes/secret"}]}]}""");
        CallScope read = set.scopeFor(READ, "main", "tauri://localhost/", true);
        assertThat(texts(read.command().allow())).isEmpty();
        assertThat(texts(read.command().deny())).containsExactly("$HOME/notes/secret");
        assertThat(texts(read.global().allow())).containsExactlyInAnyOrder("$HOME/notes/**", "$APPDATA", "$APPDATA/**");
        assertThat(texts(read.denied())).containsExactly("$HOME/notes/secret");
        CallScope write = set.scopeFor(WRITE, "main", "tauri://localhost/", true);
        assertThat(write.command().isEmpty()).as("a command scope belongs to the command it was written for").isTrue();
        assertThat(texts(write.global().allow())).containsExactlyInAnyOrder("$HOME/notes/**", "$APPDATA", "$APPDATA/**");
        assertThat(set.scopeFor("greet", "main", "tauri://localhost/", true)).isEqualTo(CallScope.NONE);
        assertThat(set.warnings()).isEmpty();
    }

    @Test
    void entriesOnASetGoToItsCommandsAndToItsScopeMembers() {
        CapabilitySet set = resolve("""
                {"identifier": "fs", "windows": ["main"], "permissions": [
                  {"identifier": "fs:allow-appdata-read-recursive", "deny": [{"path": "$APPDATA/private/**"}]}]}""");
        CallScope read = set.scopeFor(READ, "main", "tauri://localhost/", true);
        assertThat(texts(read.command().deny())).containsExactly("$APPDATA/private/**");
        assertThat(texts(read.global().allow())).containsExactlyInAnyOrder("$APPDATA", "$APPDATA/**");
        assertThat(texts(read.global().deny())).containsExactly("$APPDATA/private/**");
        assertThat(read.global().allow().getFirst().source()).isEqualTo("fs/permissions/app.toml");
    }

    @Test
    void remoteAndInactiveCapabilitiesGiveTheirScopeOnlyWhereTheyApply() {
        CapabilitySet set = resolve(
                "{\"identifier\": \"web\", \"windows\": [\"main\"], \"local\": false, \"remote\": {\"urls\": [\"https://app.example.com\"]},"
                        + " \"permissions\": [{\"identifier\": \"fs:scope\", \"allow\": [\"$DOWNLOAD/**\"]}, \"fs:allow-read-file\"]}",
                "{\"identifier\": \"mac\", \"windows\": [\"main\"], \"platforms\": [\"macOS\"],"
                        + " \"permissions\": [{\"identifier\": \"fs:allow-read-file\", \"allow\": [\"$HOME/**\"]}]}");
        assertThat(texts(set.scopeFor(READ, "main", "https://app.example.com/page", false).global().allow())).containsExactly("$DOWNLOAD/**");
        assertThat(set.scopeFor(READ, "main", "tauri://localhost/", true)).as("not for the app's own pages, nor from the macOS capability").isEqualTo(CallScope.NONE);
        assertThat(set.scopeFor(READ, "main", "https://other.example.com/", false)).isEqualTo(CallScope.NONE);
    }

    @Test
    void nullEntriesAreNoEntries() {
        Capability c = CapabilityFiles.parse("{\"identifier\": \"a\", \"windows\": [\"main\"], \"permissions\": [{\"identifier\": \"allow-greet\", \"allow\": null, \"deny\": null}]}",
                "capabilities/a.json", warnings).getFirst();
        assertThat(c.permissions().getFirst().scoped()).isFalse();
    }

    @Test
    void aPluginsOwnAllowPermissionIsNamedForItsCommand() {
        assertThat(catalog().allowPermissionFor(READ)).isEqualTo("fs:allow-read-file");
        assertThat(catalog().allowPermissionFor(WRITE)).isEqualTo("fs:allow-write-file");
        assertThat(catalog().resolve("fs:scope")).isPresent();
    }

    @Test
    void entriesNothingReadsAreReportedAsIgnored() {
        List<String> notes = resolve("""
                {"identifier": "a", "windows": ["main"], "permissions": [
                  {"identifier": "deny-greet", "allow": ["x"]},
                  {"identifier": "core:window:allow-set-title", "allow": ["y"]}]}""").warnings();
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0)).contains("capabilities/c0.json: permissions[0] has allow/deny entries")
                .contains("\"deny-greet\" allows no command").contains("ignored").contains("Fix:");
        assertThat(notes.get(1)).contains("permissions[1]").contains("core commands read no scope");
    }
}
