package dev.tauri4j.internal.assets;

import dev.tauri4j.internal.ipc.BridgeScript;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.assets.AssetKey;
import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.config.CspModification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSP header each page gets: its own inline scripts' hashes from the build's manifest, and our init script's. */
class PageCspTest {

    @TempDir
    Path dir;

    private IntegrityManifest manifest;
    private final BridgeScript bridge = new BridgeScript("per-launch-key", false, false);

    @BeforeEach
    void build() throws Exception {
        Path assets = BuiltAssets.write(dir, Map.of(
                "index.html", "<!doctype html><script>window.boot = 1</script><script src=app.js></script>",
                "about.html", "<!doctype html><script type=module>about()</script>",
                "app.js", "console.log(1)"));
        manifest = AssetIntegrity.load(new DirectoryAssetSource(assets)).manifest();
    }

    private static String sha256(String text) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    @Test
    void aPageGetsItsOwnInlineScriptsAndTheWindowsInitScriptInScriptSrc() throws Exception {
        PageCsp csp = new PageCsp("default-src 'self'", CspModification.ALLOWED, manifest, bridge::cspSource);

        String header = csp.headerFor(new AssetKey("index.html"), "main");

        assertThat(header).isEqualTo("default-src 'self'; script-src 'self' " + sha256("window.boot = 1") + " "
                + sha256(bridge.render("main")) + "; connect-src 'self' ipc:");
        assertThat(csp.headerFor(new AssetKey("about.html"), "main"))
                .contains(sha256("about()")).doesNotContain(sha256("window.boot = 1"));
    }

    @Test
    void theInitScriptHashFollowsTheWindowAndTheLaunchKey() throws Exception {
        PageCsp csp = new PageCsp("script-src 'self'", CspModification.ALLOWED, manifest, bridge::cspSource);
        String other = new PageCsp("script-src 'self'", CspModification.ALLOWED, manifest,
                new BridgeScript("another-launch", false, false)::cspSource).headerFor(new AssetKey("about.html"), "main");

        assertThat(csp.headerFor(new AssetKey("about.html"), "second")).contains(sha256(bridge.render("second")))
                .doesNotContain(sha256(bridge.render("main")));
        assertThat(other).doesNotContain(sha256(bridge.render("main")));
    }

    @Test
    void nothingIsAddedWhenTheAppOptsOutAndNoHeaderWithoutAPolicy() {
        assertThat(new PageCsp("default-src 'self'", CspModification.DISABLED, manifest, bridge::cspSource)
                .headerFor(new AssetKey("index.html"), "main")).isEqualTo("default-src 'self'");
        assertThat(new PageCsp("default-src 'self'", new CspModification(false, Set.of("connect-src")), manifest,
                bridge::cspSource).headerFor(new AssetKey("index.html"), "main"))
                .doesNotContain("connect-src").contains("script-src");
        assertThat(new PageCsp(null, CspModification.ALLOWED, manifest, bridge::cspSource)
                .headerFor(new AssetKey("index.html"), "main")).isNull();
    }

    @Test
    void withoutAManifestOnlyTheInitScriptIsAdded() throws Exception {
        assertThat(new PageCsp("script-src 'self'", CspModification.ALLOWED, null, bridge::cspSource)
                .headerFor(new AssetKey("index.html"), "main"))
                .isEqualTo("script-src 'self' " + sha256(bridge.render("main")));
    }
}
