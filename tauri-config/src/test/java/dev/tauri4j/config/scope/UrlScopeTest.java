package dev.tauri4j.config.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlScopeTest {

    private static ScopeEntry url(String url, int i) {
        return new ScopeEntry(new ScopeValue.Obj(Map.of("url", new ScopeValue.Str(url))), "capabilities/default.json", "permissions[0].allow[" + i + "]");
    }

    @Test
    void anAllowedUrlMatchesAnAllowEntryAndNoDenyEntry() {
        UrlScope scope = UrlScope.of(new ScopeEntries(List.of(url("https://*.example.com/*", 0)), List.of(url("https://evil.example.com", 1))));
        assertThat(scope.allows("https://api.example.com/v1?x=1")).isTrue();
        assertThat(scope.allows("https://evil.example.com/v1")).isFalse();
        assertThat(scope.allows("http://api.example.com/v1")).isFalse();
        assertThat(scope.allows("https://example.org/")).isFalse();
        assertThat(UrlScope.of(ScopeEntries.EMPTY).allows("https://api.example.com/")).as("nothing without an allow entry").isFalse();
    }

    @Test
    void aBadEntryNamesItsPlace() {
        assertThatThrownBy(() -> UrlScope.of(new ScopeEntries(List.of(url("example.com", 0)), List.of())))
                .hasMessageContaining("capabilities/default.json: permissions[0].allow[0] \"example.com\" is not a URL pattern: it has no scheme");
        assertThatThrownBy(() -> UrlScope.of(new ScopeEntries(List.of(new ScopeEntry(new ScopeValue.Bool(true), "c.json", "permissions[1].allow[0]")), List.of())))
                .hasMessageContaining("c.json: permissions[1].allow[0] must be {\"url\": \"...\"}, found true (boolean)");
    }
}
