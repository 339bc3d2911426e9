package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.Asset;
import dev.tauri4j.assets.AssetKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetResolverTest {

    private final MapAssetSource source = MapAssetSource.of(
            "index.html", "about.html", "docs/index.html", "blog/index.html", "blog.html",
            "assets/app.js", "assets/app x.js", "logo.png", "v1.2/index.html");
    private final AssetResolver resolver = new AssetResolver(source);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/                   | index.html",
            "/index.html         | index.html",
            "/assets/app.js      | assets/app.js",
            "/assets/app%20x.js  | assets/app x.js",
            "/about              | about.html",
            "/docs               | docs/index.html",
            "/docs/              | docs/index.html",
            "/blog               | blog.html",
            "/blog/              | blog/index.html",
            "/settings/profile   | index.html",
            "/settings/          | index.html",
            "/v1.2/              | v1.2/index.html",
            "/.well-known        | index.html",
            "/logo.png?v=2       | logo.png",
    })
    void servesTheFirstMatchingCandidate(String raw, String served) {
        assertThat(resolver.resolve(raw)).map(a -> a.key().value()).contains(served);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.js", "/assets/missing.js", "/logo.jpg", "/favicon.ico",
            "/settings/avatar.png", "/users/jane.doe", "/v1.3"})
    void missingFilesWithAnExtensionAreA404(String raw) {
        assertThat(resolver.resolve(raw)).isEmpty();
    }

    @Test
    void triesCandidatesInTauriOrder() {
        assertThat(AssetResolver.candidates(new AssetKey("settings/profile")))
                .extracting(AssetKey::value)
                .containsExactly("settings/profile", "settings/profile.html", "settings/profile/index.html",
                        "index.html");
        assertThat(AssetResolver.candidates(new AssetKey("app.js")))
                .extracting(AssetKey::value)
                .containsExactly("app.js", "app.js.html", "app.js/index.html");
        assertThat(AssetResolver.candidates(new AssetKey("docs/")))
                .extracting(AssetKey::value)
                .containsExactly("docs/index.html", "index.html");
        assertThat(AssetResolver.candidates(AssetKey.INDEX))
                .extracting(AssetKey::value)
                .containsExactly("index.html", "index.html.html", "index.html/index.html");
    }

    @Test
    void stopsAtTheFirstHit() {
        resolver.resolve("/about");
        assertThat(source.lookups()).containsExactly("about", "about.html");
    }

    @Test
    void assetCarriesBytesAndMimeTypeOfTheServedKey() {
        Asset asset = resolver.resolve("/docs").orElseThrow();
        assertThat(asset.key()).isEqualTo(new AssetKey("docs/index.html"));
        assertThat(new String(asset.bytes(), StandardCharsets.UTF_8)).isEqualTo("docs/index.html");
        assertThat(asset.mimeType()).isEqualTo("text/html; charset=utf-8");
        assertThat(resolver.resolve("/assets/app.js")).map(Asset::mimeType)
                .contains("text/javascript; charset=utf-8");
    }

    @Test
    void withoutAnIndexAnSpaRouteIsA404() {
        assertThat(new AssetResolver(MapAssetSource.of("app.js")).resolve("/settings")).isEmpty();
        assertThat(new AssetResolver(MapAssetSource.of()).resolve("/")).isEmpty();
    }

    @Test
    void invalidOrNullPathsAreA404AndNeverReachTheSource() {
        assertThat(resolver.resolve((String) null)).isEmpty();
        assertThat(resolver.resolve("/../index.html")).isEmpty();
        assertThat(resolver.resolve("/%c0%ae%c0%ae/index.html")).isEmpty();
        assertThat(source.lookups()).isEmpty();
    }

    @Test
    void keyNearTheLengthLimitJustHasFewerFallbacks() {
        String route = "r".repeat(AssetKey.MAX_LENGTH);
        assertThat(AssetResolver.candidates(new AssetKey(route)))
                .extracting(AssetKey::value)
                .containsExactly(route, "index.html");
        assertThat(resolver.resolve("/" + route)).map(a -> a.key().value()).contains("index.html");
    }

    @Test
    void assetsCompareByContent() {
        Optional<Asset> first = resolver.resolve("/about");
        Optional<Asset> second = resolver.resolve("/about.html");
        assertThat(first).isEqualTo(second);
        assertThat(first.orElseThrow().hashCode()).isEqualTo(second.orElseThrow().hashCode());
        assertThat(first.orElseThrow().toString()).contains("about.html", "10 bytes");
    }
}
