package dev.tauri4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a command makes with its injected scope: deny wins, nothing without an allow, paths and URLs. */
class ScopeTest {

    @TempDir
    Path appData;

    private static ScopeEntry entry(String key, String value, String path) {
        return new ScopeEntry(new ScopeValue.Obj(Map.of(key, new ScopeValue.Str(value))), "capabilities/c.json", path);
    }

    @Test
    void aDenyWinsAndNoAllowAllowsNothing() {
        var scope = CommandScope.of(List.of("ada", "bob"), List.of("bob"), ScopeEntries.EMPTY, d -> Optional.empty());
        assertThat(scope.allows("ada"::equals)).isTrue();
        assertThat(scope.allows("bob"::equals)).isFalse();
        assertThat(scope.allows("eve"::equals)).isFalse();
        assertThat(GlobalScope.<String>of(List.of(), List.of(), ScopeEntries.EMPTY, d -> Optional.empty()).allows(s -> true)).isFalse();
    }

    @Test
    void pathsAreCheckedWithTheBaseDirectoriesAndDenyWins() throws Exception {
        Files.createDirectories(appData.resolve("private"));
        var entries = new ScopeEntries(List.of(entry("path", "$APPDATA/**", "permissions[0].allow[0]")),
                List.of(entry("path", "$APPDATA/private/**", "permissions[0].deny[0]")));
        var scope = CommandScope.of(List.of(), List.of(), entries, d -> d == BaseDirectory.APP_DATA ? Optional.of(appData) : Optional.empty());
        assertThat(scope.checkPath(appData.resolve("notes.txt"))).isInstanceOf(PathDecision.Allowed.class);
        assertThat(scope.checkPath(appData.resolve("private/key"))).isInstanceOfSatisfying(PathDecision.Denied.class,
                d -> assertThat(d.entry().path()).isEqualTo("permissions[0].deny[0]"));
        assertThat(scope.allowsPath(appData.resolve("../elsewhere"))).isFalse();
    }

    @Test
    void urlsAreCheckedAsUrlPatternsAndAnEntryOfTheWrongShapeNamesItsPlace() {
        var urls = GlobalScope.of(List.of(), List.of(), new ScopeEntries(List.of(entry("url", "https://*.example.com/*", "p[0].allow[0]")),
                List.of(entry("url", "https://evil.example.com/*", "p[0].deny[0]"))), d -> Optional.empty());
        assertThat(urls.allowsUrl("https://api.example.com/v1")).isTrue();
        assertThat(urls.allowsUrl("https://evil.example.com/x")).isFalse();
        assertThat(urls.allowsUrl("https://example.org/")).isFalse();
        var wrong = CommandScope.of(List.of(), List.of(), new ScopeEntries(List.of(new ScopeEntry(new ScopeValue.Num(java.math.BigDecimal.ONE),
                "capabilities/c.json", "permissions[2].allow[0]")), List.of()), d -> Optional.empty());
        assertThatThrownBy(() -> wrong.checkPath(Path.of("/tmp"))).isInstanceOf(ConfigException.class).hasMessageContaining("permissions[2].allow[0]");
    }
}
