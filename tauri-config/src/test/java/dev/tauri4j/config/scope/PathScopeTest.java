package dev.tauri4j.config.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.capability.CapabilityFiles;
import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PermissionCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathScopeTest {

    @TempDir
    Path tmp;
    private Path appData;
    private Path home;
    private Path outside;
    private final Map<BaseDirectory, Path> dirs = new EnumMap<>(BaseDirectory.class);

    @BeforeEach
    void folders() throws IOException {
        tmp = tmp.toRealPath();
        appData = Files.createDirectories(tmp.resolve("data/app"));
        home = Files.createDirectories(tmp.resolve("home"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "s");
        dirs.put(BaseDirectory.APP_DATA, appData);
        dirs.put(BaseDirectory.HOME, home);
    }

    private BaseDirectoryResolver resolver() {
        return d -> Optional.ofNullable(dirs.get(d));
    }

    private static ScopeEntry entry(ScopeValue v, int i) {
        return new ScopeEntry(v, "capabilities/default.json", "permissions[0].allow[" + i + "]");
    }

    private static ScopeEntry path(String p, int i) {
        return entry(i % 2 == 0 ? new ScopeValue.Str(p) : new ScopeValue.Obj(Map.of("path", new ScopeValue.Str(p))), i);
    }

    private PathScope scope(List<String> allow, List<String> deny) {
        List<ScopeEntry> a = new ArrayList<>();
        for (int i = 0; i < allow.size(); i++) a.add(path(allow.get(i), i));
        List<ScopeEntry> d = new ArrayList<>();
        for (int i = 0; i < deny.size(); i++) d.add(path(deny.get(i), i));
        return PathScope.of(new ScopeEntries(a, d), resolver(), true);
    }

    @Test
    void variablesAreReplacedByTheResolversDirectories() {
        PathScope s = scope(List.of("$APPDATA/**", "$HOME/notes/*.md"), List.of());
        assertThat(s.allowPatterns()).containsExactly(appData + "/**", home + "/notes/*.md");
        assertThat(s.allows(appData.resolve("db/x.sqlite"))).isTrue();
        assertThat(s.allows(home.resolve("notes/a.md"))).isTrue();
        assertThat(s.allows(home.resolve("notes/a.txt"))).isFalse();
        assertThat(s.allows(home.resolve("other.md"))).isFalse();
        assertThat(s.allows(appData)).as("$APPDATA/** is below the folder, not the folder").isFalse();
    }

    @Test
    void aDirectoryWithGlobCharactersInItsNameIsTakenLiterally() throws IOException {
        Path odd = Files.createDirectories(tmp.resolve("we[i]rd*"));
        dirs.put(BaseDirectory.APP_CONFIG, odd);
        Files.createDirectories(tmp.resolve("wei"));
        PathScope s = scope(List.of("$APPCONFIG/*"), List.of());
        assertThat(s.allows(odd.resolve("f"))).isTrue();
        assertThat(s.allows(tmp.resolve("wei/f"))).isFalse();
    }

    @Test
    void aVariableThisMachineLacksMatchesNothing() {
        PathScope s = scope(List.of("$RUNTIME/**"), List.of());
        assertThat(s.allowPatterns()).isEmpty();
        assertThat(s.allows(tmp.resolve("x"))).isFalse();
    }

    @Test
    void badEntriesNameTheFileThePathAndTheFix() {
        assertThatThrownBy(() -> scope(List.of("$APPDTA/**"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("capabilities/default.json: permissions[0].allow[0] \"$APPDTA/**\" starts with $APPDTA, which is not a base directory variable")
                .hasMessageContaining("did you mean $APPDATA?");
        assertThatThrownBy(() -> scope(List.of("$HOME/a", "notes/*"), List.of()))
                .hasMessageContaining("permissions[0].allow[1] \"notes/*\" is a relative path").hasMessageContaining("Fix: start it with");
        assertThatThrownBy(() -> scope(List.of("$HOME/../etc/**"), List.of())).hasMessageContaining("contains \"..\"");
        assertThatThrownBy(() -> scope(List.of("$HOME/a**"), List.of()))
                .hasMessageContaining("\"$HOME/a**\" is not a valid glob at position").hasMessageContaining("whole path component");
        assertThatThrownBy(() -> PathScope.of(new ScopeEntries(List.of(entry(new ScopeValue.Num(java.math.BigDecimal.TEN), 3)), List.of()), resolver(), true))
                .hasMessageContaining("permissions[0].allow[3] must be a path glob (a string) or {\"path\": \"...\"}, found 10 (number)");
        assertThatThrownBy(() -> scope(List.of(""), List.of())).hasMessageContaining("is an empty path");
    }

    @Test
    void nothingIsAllowedWithoutAnAllowEntry() {
        assertThat(scope(List.of(), List.of()).allows(appData.resolve("x"))).isFalse();
        assertThat(scope(List.of(), List.of("$HOME/**")).allows(appData.resolve("x"))).isFalse();
    }

    @Test
    void aDeniedSubfolderInsideAnAllowedTreeStaysDenied() {
        PathScope s = scope(List.of("$APPDATA/**"), List.of("$APPDATA/private", "$APPDATA/private/**"));
        assertThat(s.check(appData.resolve("private/key.pem"))).isInstanceOf(PathDecision.Denied.class);
        assertThat(((PathDecision.Denied) s.check(appData.resolve("private/key.pem"))).entry().path()).isEqualTo("permissions[0].allow[1]");
        assertThat(s.allows(appData.resolve("private"))).isFalse();
        assertThat(s.allows(appData.resolve("public/x"))).isTrue();
        assertThat(s.allows(appData.resolve("privateer"))).isTrue();
    }

    @Test
    void dotDotIsResolvedBeforeMatching() {
        PathScope s = scope(List.of("$APPDATA/**"), List.of());
        PathDecision d = s.check(appData.resolve("../../outside/secret.txt"));
        assertThat(d).isInstanceOf(PathDecision.OutOfScope.class);
        assertThat(d.realPath()).isEqualTo(outside.resolve("secret.txt"));
        assertThat(s.allows(appData.resolve("sub/../x"))).isTrue();
        assertThat(s.allows(Path.of("relative/x"))).isFalse();
    }

    @Test
    void aSymlinkInsideTheScopePointingOutsideIsOutOfScope() throws IOException {
        Path link = Files.createSymbolicLink(appData.resolve("link.txt"), outside.resolve("secret.txt"));
        PathDecision d = scope(List.of("$APPDATA/**"), List.of()).check(link);
        assertThat(d).isInstanceOf(PathDecision.OutOfScope.class);
        assertThat(d.realPath()).isEqualTo(outside.resolve("secret.txt"));
    }

    @Test
    void aSymlinkedParentFolderIsOutOfScope() throws IOException {
        Files.createSymbolicLink(appData.resolve("dir"), outside);
        PathScope s = scope(List.of("$APPDATA/**"), List.of());
        assertThat(s.allows(appData.resolve("dir/secret.txt"))).isFalse();
        assertThat(s.allows(appData.resolve("dir/not-yet.txt"))).as("a write through the link lands outside").isFalse();
        Files.createSymbolicLink(appData.resolve("rel"), Path.of("../../outside"));
        assertThat(s.check(appData.resolve("rel/secret.txt")).realPath()).isEqualTo(outside.resolve("secret.txt"));
        assertThat(s.allows(appData.resolve("rel/secret.txt"))).isFalse();
    }

    @Test
    void aDanglingSymlinkIsFollowedToWhereAWriteWouldLand() throws IOException {
        Path link = Files.createSymbolicLink(appData.resolve("new.txt"), outside.resolve("created-by-write.txt"));
        assertThat(scope(List.of("$APPDATA/**"), List.of()).check(link).realPath()).isEqualTo(outside.resolve("created-by-write.txt"));
        assertThat(scope(List.of("$APPDATA/**"), List.of()).allows(link)).isFalse();
    }

    @Test
    void aSymlinkThatStaysInsideIsAllowedAndDenyEntriesApplyToItsTarget() throws IOException {
        Files.createDirectories(appData.resolve("private"));
        Files.writeString(appData.resolve("private/key"), "k");
        Path link = Files.createSymbolicLink(appData.resolve("shortcut"), appData.resolve("private/key"));
        assertThat(scope(List.of("$APPDATA/**"), List.of()).allows(link)).isTrue();
        assertThat(scope(List.of("$APPDATA/**"), List.of("$APPDATA/private/**")).allows(link)).isFalse();
    }

    @Test
    void aPathThatDoesNotExistYetIsCheckedWhereItWouldBe() {
        PathScope s = scope(List.of("$APPDATA/**"), List.of());
        assertThat(s.check(appData.resolve("new/dir/file.txt"))).isInstanceOf(PathDecision.Allowed.class);
        assertThat(s.allows(appData.resolve("new/../../../outside/secret.txt"))).isFalse();
    }

    @Test
    void aBaseDirectoryBehindASymlinkStillMatches() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-data"));
        Path alias = Files.createSymbolicLink(tmp.resolve("alias-data"), real);
        dirs.put(BaseDirectory.APP_DATA, alias);
        PathScope s = scope(List.of("$APPDATA/**"), List.of());
        assertThat(s.allowPatterns()).containsExactly(alias + "/**", real + "/**");
        assertThat(s.allows(alias.resolve("f"))).isTrue();
        assertThat(s.allows(real.resolve("f"))).isTrue();
    }

    @Test
    void hiddenFilesNeedALiteralDotUnlessTheRuleIsOff() {
        List<ScopeEntry> allow = List.of(path("$APPDATA/**", 0));
        Path hidden = appData.resolve(".config/x");
        assertThat(PathScope.of(new ScopeEntries(allow, List.of()), resolver(), true).allows(hidden)).isFalse();
        assertThat(PathScope.of(new ScopeEntries(allow, List.of()), resolver(), false).allows(hidden)).isTrue();
        assertThat(PathScope.of(new ScopeEntries(List.of(path("$APPDATA/.config/**", 0)), List.of()), resolver(), true).allows(hidden)).isTrue();
        assertThat(PathScope.defaultRequireLiteralLeadingDot()).as("on Linux").isTrue();
    }

    @Test
    void aCapabilityFileScopeReachesThePathScope() {
        List<String> warnings = new ArrayList<>();
        var caps = CapabilityFiles.parse("""
                {"identifier": "default", "windows": ["main"], "permissions": [
                  {"identifier": "allow-save", "allow": [{"path": "$APPDATA/**"}], "deny": ["$APPDATA/cache/**"]}]}""",
                "capabilities/default.json", warnings);
        CapabilitySet set = CapabilitySet.resolve(List.of(), "tauri.conf.json", caps, PermissionCatalog.of(List.of("save")), "linux", warnings);
        PathScope s = PathScope.of(set.scopeFor("save", "main", "tauri://localhost/", true), resolver(), true);
        assertThat(s.allows(appData.resolve("doc.json"))).isTrue();
        assertThat(s.allows(appData.resolve("cache/doc.json"))).isFalse();
        assertThat(PathScope.of(set.scopeFor("save", "other", "tauri://localhost/", true), resolver(), true).allows(appData.resolve("doc.json"))).isFalse();
        assertThat(set.warnings()).isEmpty();
    }
}
