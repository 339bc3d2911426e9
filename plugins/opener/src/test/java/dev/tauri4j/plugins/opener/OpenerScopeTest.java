package dev.tauri4j.plugins.opener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenerScopeTest {

    private static int n;

    /** An entry {key: value} with an optional "app" (a Boolean, a String, or absent). */
    private static ScopeEntry entry(String key, String value, Object app) {
        Map<String, ScopeValue> fields = new LinkedHashMap<>();
        fields.put(key, new ScopeValue.Str(value));
        if (app instanceof Boolean b) fields.put("app", new ScopeValue.Bool(b));
        if (app instanceof String s) fields.put("app", new ScopeValue.Str(s));
        return new ScopeEntry(new ScopeValue.Obj(fields), "capabilities/default.json", "permissions[0].allow[" + n++ + "]");
    }

    private static OpenerScope scope(List<ScopeEntry> allow, List<ScopeEntry> deny, Path home) {
        return new OpenerScope(new ScopeEntries(allow, deny), d -> d == BaseDirectory.HOME ? Optional.of(home) : Optional.empty());
    }

    @Test
    void theDefaultUrlsAllowWebMailAndPhoneLinksWithTheDefaultAppOnly(@TempDir Path home) {
        OpenerScope s = scope(List.of(entry("url", "mailto:*", null), entry("url", "tel:*", null), entry("url", "http://*", null),
                entry("url", "https://*", null)), List.of(), home);
        assertThat(s.allowsUrl("https://example.com/a?b", null)).isTrue();
        assertThat(s.allowsUrl("mailto:ann@example.com", null)).isTrue();
        assertThat(s.allowsUrl("file:///etc/passwd", null)).isFalse();
        assertThat(s.allowsUrl("javascript:alert(1)", null)).isFalse();
        assertThat(s.allowsUrl("https://example.com", "firefox")).as("an entry without app allows only the default app").isFalse();
    }

    @Test
    void appSaysWhichProgramAnEntryAllowsAndADenyOnlyCountsForItsApp(@TempDir Path home) {
        OpenerScope s = scope(List.of(entry("url", "https://*", "firefox"), entry("url", "https://docs.*", true)),
                List.of(entry("url", "https://docs.evil.*", "firefox"), entry("url", "https://*", false)), home);
        assertThat(s.allowsUrl("https://example.com", "firefox")).isTrue();
        assertThat(s.allowsUrl("https://example.com", "chromium")).isFalse();
        assertThat(s.allowsUrl("https://docs.rs/x", "chromium")).as("app: true allows any program").isTrue();
        assertThat(s.allowsUrl("https://docs.rs/x", null)).as("and the default app").isTrue();
        assertThat(s.allowsUrl("https://docs.evil.com", "firefox")).as("denied for firefox").isFalse();
        assertThat(s.allowsUrl("https://docs.evil.com", "chromium")).as("that deny names firefox only").isTrue();
    }

    @Test
    void pathEntriesAreAPathScopeWithVariablesAndAnAppCheck(@TempDir Path home) throws Exception {
        Path doc = Files.createDirectories(home.resolve("docs")).resolve("a.txt");
        Files.writeString(doc, "x");
        OpenerScope s = scope(List.of(entry("path", "$HOME/docs/**", null), entry("url", "https://*", null)),
                List.of(entry("path", "$HOME/docs/secret*", null)), home);
        assertThat(s.allowsPath(doc, null)).isTrue();
        assertThat(s.allowsPath(home.resolve("docs/secret.txt"), null)).isFalse();
        assertThat(s.allowsPath(home.resolve("docs/../other.txt"), null)).as(".. leaves the scope").isFalse();
        assertThat(s.allowsPath(doc, "vlc")).isFalse();
        assertThat(s.allowsUrl(doc.toUri().toString(), null)).as("a path entry allows no URL").isFalse();
        assertThat(scope(List.of(entry("url", "https://*", null)), List.of(), home).allowsPath(doc, null)).as("a URL entry allows no path").isFalse();
    }

    @Test
    void aMalformedEntryNamesItsFileAndTheFix(@TempDir Path home) {
        ScopeEntry bare = new ScopeEntry(new ScopeValue.Str("https://*"), "capabilities/default.json", "permissions[3].allow[0]");
        assertThatThrownBy(() -> scope(List.of(bare), List.of(), home).allowsUrl("https://x", null))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("capabilities/default.json").hasMessageContaining("permissions[3].allow[0] must be {\"url\": \"...\"} or {\"path\": \"...\"}");
        ScopeEntry badApp = new ScopeEntry(new ScopeValue.Obj(Map.of("url", new ScopeValue.Str("https://*"), "app", new ScopeValue.Arr(List.of()))),
                "capabilities/default.json", "permissions[3].allow[1]");
        assertThatThrownBy(() -> scope(List.of(badApp), List.of(), home).allowsUrl("https://x", null))
                .hasMessageContaining("permissions[3].allow[1] has \"app\": an array. Fix:");
    }
}
