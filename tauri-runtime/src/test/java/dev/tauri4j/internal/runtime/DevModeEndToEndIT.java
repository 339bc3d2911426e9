package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dev mode in a real window: {@link E2eApp} launched with {@code -Dtauri.dev=true} loads {@code build.devUrl} from a
 * tiny dev server started here, and that origin is trusted for IPC (both paths) and navigation; without the switch
 * the same config loads the embedded assets.
 */
class DevModeEndToEndIT {

    private static final String INDEX = """
            <!doctype html><html><head><meta charset="utf-8"><title>dev</title></head>
            <body><p id="status">dev server page</p></body></html>""";
    private static final String SECOND = """
            <!doctype html><html><head><meta charset="utf-8"><title>dev 2</title></head>
            <body><p id="status">second dev page</p></body></html>""";
    private static final String OTHER = """
            <!doctype html><html><head><meta charset="utf-8"><title>other</title></head>
            <body><p id="status">other origin page</p></body></html>""";

    @TempDir
    Path dir;

    private HttpServer devServer;
    private HttpServer otherServer;
    private final AtomicInteger devRequests = new AtomicInteger();
    private final AtomicInteger otherRequests = new AtomicInteger();
    private String devUrl;
    private String otherUrl;
    private TauriDriver app;

    @BeforeEach
    void startServers() throws IOException {
        devServer = server(Map.of("/", INDEX, "/index.html", INDEX, "/second.html", SECOND), devRequests);
        otherServer = server(Map.of("/", OTHER), otherRequests);
        devUrl = "http://127.0.0.1:" + devServer.getAddress().getPort();
        otherUrl = "http://127.0.0.1:" + otherServer.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        devServer.stop(0);
        otherServer.stop(0);
    }

    private static HttpServer server(Map<String, String> pages, AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("tauri.conf.json"), """
                {
                  "productName": "tauri4j-dev-e2e",
                  "identifier": "dev.tauri4j.deve2e",
                  "build": { "devUrl": "%s" },
                  "app": { "windows": [ { "label": "main", "title": "dev mode", "width": 800, "height": 600 } ],
                           "security": { "capabilities": [ { "identifier": "dev", "windows": ["main"],
                                         "permissions": ["core:default", "allow-greet", "allow-echoBytes"] } ] } }
                }""".formatted(devUrl));
    }

    private Object js(String body) {
        return app.executeAsync(body);
    }

    private void waitForStatus(String text) {
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), text));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void devModeLoadsTheDevServerAndTrustsItsOrigin() throws IOException {
        app = TauriDriver.start(AppLauncher.mainClass(E2eApp.class)
                .jvmArgs("-Dtauri.dev=true", "-Dtauri.config=" + config().toAbsolutePath()));

        // the main window shows the dev server's page, not the embedded assets
        waitForStatus("dev server page");
        assertThat(js("return location.origin")).isEqualTo(devUrl);
        assertThat(js("return location.href")).isEqualTo(devUrl + "/index.html");

        // JSON invoke: the script-message path answers from Java
        assertThat((Map<String, Object>) js("return window.__TAURI_INTERNALS__.invoke('greet', { name: 'dev' })"))
                .containsEntry("text", "Hello, dev").containsEntry("length", 3L);

        // binary invoke: a POST to ipc://localhost/ with Origin = the dev server's origin
        Map<String, Object> bytes = (Map<String, Object>) js("""
                const r = await window.__TAURI_INTERNALS__.invoke('echoBytes', new Uint8Array([1, 2, 3]));
                return { isBuffer: r instanceof ArrayBuffer, bytes: Array.from(new Uint8Array(r)) };""");
        assertThat(bytes).containsEntry("isBuffer", true).containsEntry("bytes", List.of(1L, 2L, 3L));

        // devtools are on in dev mode: the console echo (set together with developer extras) reaches the app's output
        String marker = "dev-console-marker-" + System.nanoTime();
        js("console.log('" + marker + "'); return null;");
        pause(300);
        assertThat(app.appLog()).contains(marker);

        // navigating within the dev server works, and the new page may still invoke
        js("setTimeout(() => { location.href = '" + devUrl + "/second.html'; }, 0); return null;");
        waitForStatus("second dev page");
        assertThat(js("return location.href")).isEqualTo(devUrl + "/second.html");
        assertThat((Map<String, Object>) js("return window.__TAURI_INTERNALS__.invoke('greet', { name: 'again' })"))
                .containsEntry("text", "Hello, again");

        // navigating to another origin is blocked: the page stays and the other server is never asked
        js("setTimeout(() => { location.href = '" + otherUrl + "'; }, 0); return null;");
        pause(800);
        assertThat(js("return location.href")).isEqualTo(devUrl + "/second.html");
        assertThat(app.driver().findElement(By.id("status")).getText()).isEqualTo("second dev page");
        assertThat(otherRequests.get()).isZero();
    }

    @Test
    void withoutDevModeTheEmbeddedAssetsLoad() throws IOException {
        app = TauriDriver.start(AppLauncher.mainClass(E2eApp.class)
                .jvmArgs("-Dtauri.config=" + config().toAbsolutePath()));

        // E2eApp's classpath e2e/assets page labels itself once its script ran
        waitForStatus("ready: main");
        assertThat(js("return location.href")).isEqualTo("tauri://localhost/index.html");
        assertThat(devRequests.get()).isZero();

        // no devtools: console messages are not echoed
        String marker = "prod-console-marker-" + System.nanoTime();
        js("console.log('" + marker + "'); return null;");
        pause(300);
        assertThat(app.appLog()).doesNotContain(marker);
    }
}
