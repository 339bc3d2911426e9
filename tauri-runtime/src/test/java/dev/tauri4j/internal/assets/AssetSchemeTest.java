package dev.tauri4j.internal.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.CspModification;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetSchemeTest {

    private final AssetScheme scheme = new AssetScheme(
            new AssetResolver(new ClasspathAssetSource(getClass().getClassLoader(), "e2e/assets")),
            new PageCsp("script-src 'self'", CspModification.DISABLED, null, label -> "'sha256-x'"));

    @Test
    void htmlComesWithTypeAndCsp() {
        SchemeResponse r = scheme.answer("GET", "/", "main");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(r.headers()).containsEntry("Content-Security-Policy", "script-src 'self'");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("tauri4j end-to-end");
    }

    @Test
    void scriptsHaveAJavaScriptTypeAndNoCsp() {
        SchemeResponse r = scheme.answer("GET", "/test-page.js", "main");
        assertThat(r.contentType()).startsWith("text/javascript");
        assertThat(r.headers()).doesNotContainKey("Content-Security-Policy");
    }

    @Test
    void missingFilesAndTraversalAre404AndOtherMethods405() {
        assertThat(scheme.answer("GET", "/missing.js", "main").status()).isEqualTo(404);
        assertThat(scheme.answer("GET", "/%2e%2e/%2e%2e/etc/passwd", "main").status()).isEqualTo(404);
        assertThat(scheme.answer("POST", "/index.html", "main").status()).isEqualTo(405);
    }

    @Test
    void spaRoutesFallBackToIndex() {
        assertThat(new String(scheme.answer("GET", "/settings/profile", "main").body(), StandardCharsets.UTF_8)).contains("<h1>tauri4j end-to-end</h1>");
    }

    @Test
    void aTamperedPageIsA500WithTheReasonAndAnIntactOneGetsItsHashesInTheHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path assets = dev.tauri4j.internal.assets.BuiltAssets.write(dir, java.util.Map.of(
                "index.html", "<!doctype html><script>ok()</script>", "other.html", "<!doctype html><p>x</p>"));
        dev.tauri4j.internal.assets.AssetIntegrity integrity = dev.tauri4j.internal.assets.AssetIntegrity.load(new dev.tauri4j.assets.DirectoryAssetSource(assets));
        AssetScheme checked = new AssetScheme(new AssetResolver(integrity.source()),
                new PageCsp("default-src 'self'", CspModification.ALLOWED, integrity.manifest(), label -> "'sha256-init'"));
        java.nio.file.Files.writeString(assets.resolve("other.html"), "<!doctype html><script>evil()</script>");

        SchemeResponse intact = checked.answer("GET", "/index.html", "main");
        assertThat(intact.headers().get("Content-Security-Policy")).contains("'sha256-init'")
                .contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("ok()".getBytes(StandardCharsets.UTF_8))) + "'");
        SchemeResponse tampered = checked.answer("GET", "/other.html", "main");
        assertThat(tampered.status()).isEqualTo(500);
        assertThat(tampered.headers()).doesNotContainKey("Content-Security-Policy");
        assertThat(new String(tampered.body(), StandardCharsets.UTF_8))
                .startsWith("tauri4j refused to serve this file: asset other.html was not served").doesNotContain("evil()");
    }
}
