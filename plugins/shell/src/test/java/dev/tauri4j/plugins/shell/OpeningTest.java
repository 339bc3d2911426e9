package dev.tauri4j.plugins.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.PluginConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plugins.shell.open as Tauri reads it: absent or true is the default regex, a string is matched whole, false refuses all. */
class OpeningTest {

    private static Opening of(Object open) {
        return Opening.of(PluginConfig.of("shell", open == null ? null : Map.of("open", open)));
    }

    @Test
    void absentOrTrueAllowsMailtoTelAndHttpOnly() {
        for (Opening o : new Opening[] {of(null), of(true)}) {
            assertThat(o.allows("https://example.com")).isTrue();
            assertThat(o.allows("mailto:ann@example.com")).isTrue();
            assertThat(o.allows("tel:12345")).isTrue();
            assertThat(o.allows("file:///etc/passwd")).isFalse();
            assertThat(o.allows("--help https://x")).isFalse();
            assertThat(o.allows("https://")).isFalse();
        }
    }

    @Test
    void aStringIsARegexTheWholePathMustMatch() {
        Opening o = of("https://example\\.com/.*");
        assertThat(o.allows("https://example.com/a")).isTrue();
        assertThat(o.allows("xhttps://example.com/a")).isFalse();
        assertThat(o.allows("https://example.org/")).isFalse();
    }

    @Test
    void falseRefusesEveryPathWithTheFix() {
        Opening o = of(false);
        assertThat(o.allows("https://example.com")).isFalse();
        assertThatThrownBy(() -> o.open(null, "https://example.com", null)).hasMessageContaining("plugins.shell.open is false");
        assertThatThrownBy(() -> of(true).open(null, "file:///etc/passwd", null))
                .hasMessageContaining("Scoped command argument at position 0 was found, but failed regex validation");
        assertThatThrownBy(() -> of(3)).hasMessageContaining("plugins.shell.open must be true, false or a regex string");
    }
}
