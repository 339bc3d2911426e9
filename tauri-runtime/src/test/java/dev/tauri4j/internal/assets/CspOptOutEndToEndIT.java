package dev.tauri4j.internal.assets;

import dev.tauri4j.internal.runtime.SecureApp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code dangerousDisableAssetCspModification: true} in a real window: the policy goes out exactly as written, so the
 * build's inline script no longer runs and binary invokes (which post to {@code ipc:}) are blocked, while JSON invokes
 * (script messages, outside CSP) still work. What the opt-out costs, shown rather than described.
 */
class CspOptOutEndToEndIT {

    @Test
    void withTheOptOutNothingIsAddedToThePolicy() throws Exception {
        Path appDir = Path.of("target/security-optout-app").toAbsolutePath();
        if (Files.exists(appDir)) {
            try (Stream<Path> walk = Files.walk(appDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path assets = Files.createDirectories(appDir.resolve("assets"));
        try (Stream<Path> files = Files.list(Path.of("target/test-classes/security/assets"))) {
            for (Path f : files.toList()) Files.copy(f, assets.resolve(f.getFileName().toString()));
        }
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Path config = Path.of("target/test-classes/security/tauri.optout.conf.json").toAbsolutePath();
        try (TauriDriver app = TauriDriver.start(AppLauncher.mainClass(SecureApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dsecurity.assets=" + assets))) {
            app.driver().get("tauri://localhost/index.html");
            new WebDriverWait(app.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) app.executeAsync("""
                    const res = await fetch('index.html');
                    let binary;
                    try { await window.__TAURI_INTERNALS__.invoke('echo', new Uint8Array([1])); binary = 'worked'; }
                    catch (e) { binary = 'blocked: ' + e; }
                    return { csp: res.headers.get('Content-Security-Policy'), inline: window.inlineRan === true,
                             json: await window.__TAURI_INTERNALS__.invoke('greet', { name: 'opt-out' }), binary };""");
            assertThat(r).containsEntry("csp", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
                    .containsEntry("inline", false).containsEntry("json", "Hello, opt-out");
            assertThat((String) r.get("binary")).startsWith("blocked");
        }
    }
}
