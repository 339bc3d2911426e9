package dev.tauri4j.internal.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code convertFileSrc} in a real window: an image from the app's data folder (in {@code assetProtocol.scope} as
 * {@code $APPDATA/**}) shows, one outside the scope does not load, and a Range request gets its 206 part.
 */
class AssetProtocolEndToEndIT {

    private static final String SHOW = """
            const path = arguments[0];
            return await new Promise(done => {
              const img = new Image();
              img.onload = () => done({ loaded: true, width: img.naturalWidth, src: img.src });
              img.onerror = () => done({ loaded: false, src: img.src });
              img.src = window.__TAURI_INTERNALS__.convertFileSrc(path);
              document.body.appendChild(img);
            });""";

    @Test
    void anImageInScopeShowsAndOneOutsideFailsToLoad(@TempDir Path dir) throws Exception {
        Path dataHome = dir.resolve("data");
        Path appData = Files.createDirectories(dataHome.resolve("dev.tauri4j.assetprotocol"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        png(appData.resolve("in scope.png"), 7);
        png(outside.resolve("secret.png"), 9);
        Files.writeString(appData.resolve("clip.txt"), "0123456789");
        Path page = Files.createDirectories(dir.resolve("page"));
        Files.copy(Path.of("target/test-classes/asset-protocol/index.html"), page.resolve("index.html"));
        // the archetype's default: no CSP, as create-tauri-app's template
        Files.writeString(dir.resolve("tauri.conf.json"), """
                {"identifier": "dev.tauri4j.assetprotocol",
                 "app": {"security": {"csp": null, "assetProtocol": {"enable": true, "scope": ["$APPDATA/**"]},
                   "capabilities": [{"identifier": "none", "windows": ["main"], "permissions": []}]}}}""");
        try (TauriDriver app = TauriDriver.start(AppLauncher.mainClass(AssetProtocolApp.class)
                .jvmArgs("-Dtauri.config=" + dir.resolve("tauri.conf.json"), "-Dasset.page=" + page)
                .env("XDG_DATA_HOME", dataHome.toString()))) {
            app.driver().get("tauri://localhost/index.html");
            new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
            try {
                @SuppressWarnings("unchecked") Map<String, Object> in = (Map<String, Object>) app.executeAsync(SHOW, appData.resolve("in scope.png").toString());
                @SuppressWarnings("unchecked") Map<String, Object> out = (Map<String, Object>) app.executeAsync(SHOW, outside.resolve("secret.png").toString());
                @SuppressWarnings("unchecked") Map<String, Object> traversal = (Map<String, Object>) app.executeAsync(SHOW, appData + "/../../outside/secret.png");
                @SuppressWarnings("unchecked")
                Map<String, Object> range = (Map<String, Object>) app.executeAsync("""
                        const res = await fetch(window.__TAURI_INTERNALS__.convertFileSrc(arguments[0]), { headers: { Range: 'bytes=2-5' } });
                        return { status: res.status, body: await res.text(), range: res.headers.get('Content-Range') };""",
                        appData.resolve("clip.txt").toString());

                assertThat(in).containsEntry("loaded", true).containsEntry("width", 7L);
                assertThat((String) in.get("src")).startsWith("asset://localhost/%2F");
                assertThat(out).containsEntry("loaded", false);
                assertThat(traversal).containsEntry("loaded", false);
                assertThat(range).containsEntry("status", 206L).containsEntry("body", "2345").containsEntry("range", "bytes 2-5/10");
            } finally {
                System.out.println("---- app log ----\n" + app.appLog());
            }
        }
    }

    @Test
    void underTheCspTauriDocumentsTheImageShowsAndWithoutAssetInImgSrcItIsBlocked(@TempDir Path dir) throws Exception {
        Path dataHome = dir.resolve("data");
        Path appData = Files.createDirectories(dataHome.resolve("dev.tauri4j.assetprotocol"));
        png(appData.resolve("a.png"), 5);
        Path page = Files.createDirectories(dir.resolve("page"));
        Files.copy(Path.of("target/test-classes/asset-protocol/index.html"), page.resolve("index.html"));
        for (var csp : Map.of("default-src 'self'; img-src 'self' asset: http://asset.localhost", true, "default-src 'self'", false).entrySet()) {
            Files.writeString(dir.resolve("tauri.conf.json"), """
                    {"identifier": "dev.tauri4j.assetprotocol",
                     "app": {"security": {"csp": "%s", "assetProtocol": {"enable": true, "scope": ["$APPDATA/*.png"]},
                       "capabilities": [{"identifier": "none", "windows": ["main"], "permissions": []}]}}}""".formatted(csp.getKey()));
            try (TauriDriver app = TauriDriver.start(AppLauncher.mainClass(AssetProtocolApp.class)
                    .jvmArgs("-Dtauri.config=" + dir.resolve("tauri.conf.json"), "-Dasset.page=" + page)
                    .env("XDG_DATA_HOME", dataHome.toString()))) {
                app.driver().get("tauri://localhost/index.html");
                new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) app.executeAsync(SHOW, appData.resolve("a.png").toString());
                assertThat(r).as(csp.getKey()).containsEntry("loaded", csp.getValue());
            }
        }
    }

    private static void png(Path file, int width) throws Exception {
        BufferedImage image = new BufferedImage(width, 3, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
    }
}
