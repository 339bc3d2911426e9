package dev.tauri4j.plugins.deeplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plugins.deep-link in both of Tauri's shapes, its errors, and which launch arguments are a deep link. */
class DeepLinkSchemesTest {

    @Test
    void oneProtocolOrAListOfThem() {
        assertThat(DeepLinkSchemes.of(Map.of("desktop", Map.of("schemes", List.of("my-app", "my-app-dev")))).schemes())
                .containsExactly("my-app", "my-app-dev");
        assertThat(DeepLinkSchemes.of(Map.of("mobile", List.of(), "desktop", List.of(Map.of("schemes", List.of("a")),
                Map.of("schemes", List.of("b+c"))))).schemes()).containsExactly("a", "b+c");
        assertThat(DeepLinkSchemes.of(null).schemes()).isEmpty();
    }

    @Test
    void aSchemeWithItsSlashesOrAMissingListIsRefusedWithTheFix() {
        assertThatThrownBy(() -> DeepLinkSchemes.of(Map.of("desktop", Map.of("schemes", List.of("my-app://")))))
                .hasMessageContaining("plugins.deep-link.desktop.schemes").hasMessageContaining("my-app://").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> DeepLinkSchemes.of(Map.of("desktop", List.of(Map.of("scheme", "x")))))
                .hasMessageContaining("plugins.deep-link.desktop[0].schemes");
    }

    @Test
    void aDeepLinkIsTheOnlyArgumentAndAUrlOfAConfiguredScheme() {
        DeepLinkSchemes schemes = new DeepLinkSchemes(List.of("my-app"));
        assertThat(schemes.urlIn(List.of("my-app://open/item?id=7"))).contains("my-app://open/item?id=7");
        assertThat(schemes.urlIn(List.of("other://x"))).isEmpty();
        assertThat(schemes.urlIn(List.of("my-app://x", "--flag"))).isEmpty();
        assertThat(schemes.urlIn(List.of("--my-app://x"))).isEmpty();
        assertThat(schemes.urlIn(List.of())).isEmpty();
    }
}
