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

    @Test
    void globsMatchTheWholeUrlTextAsTaurisOpenerDoes() {
        UrlScope defaults = UrlScope.globs(new ScopeEntries(
                List.of(url("mailto:*", 0), url("tel:*", 1), url("http://*", 2), url("https://*", 3)), List.of(url("https://evil.*/**", 4))));
        assertThat(defaults.allows("https://example.com")).isTrue();
        assertThat(defaults.allows("https://example.com/a/b?c=d#e")).as("* crosses /").isTrue();
        assertThat(defaults.allows("mailto:ann@example.com")).isTrue();
        assertThat(defaults.allows("tel:+123")).isTrue();
        assertThat(defaults.allows("file:///etc/passwd")).isFalse();
        assertThat(defaults.allows("javascript:alert(1)")).isFalse();
        assertThat(defaults.allows("HTTPS://example.com")).as("case-sensitive, as the glob crate").isFalse();
        assertThat(defaults.allows("https://evil.example/x")).as("a deny entry wins").isFalse();
        UrlScope one = UrlScope.globs(new ScopeEntries(List.of(url("https://example.com/docs/?", 0)), List.of()));
        assertThat(one.allows("https://example.com/docs/a")).isTrue();
        assertThat(one.allows("https://example.com/docs/ab")).isFalse();
    }
}
