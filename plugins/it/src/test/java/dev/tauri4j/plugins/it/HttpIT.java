package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The http plugin in a real window: the unchanged {@code @tauri-apps/plugin-http} {@code fetch()} reaches a local
 * server on 127.0.0.1 that the capability's URL scope allows, is refused outside it with Tauri's text, reads a body
 * of megabytes intact, and an {@code AbortController} cancels a request under way.
 */
class HttpIT {

    private static final byte[] BIG = new byte[4 * 1024 * 1024 + 3];
    private static final List<String> ORIGINS = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static String base;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        new Random(42).nextBytes(BIG);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/allowed/hello", x -> {
            ORIGINS.add(java.util.Objects.toString(x.getRequestHeaders().getFirst("Origin"), "(no Origin header)"));
            x.getResponseHeaders().add("X-Served-By", "java");
            reply(x, 200, ("hello " + x.getRequestMethod() + " " + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/allowed/big", x -> reply(x, 200, BIG));
        server.createContext("/allowed/slow", x -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(x, 200, "late".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/", x -> reply(x, 200, "not for the page".getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-data");
        app = PluginsIT.start(PluginsIT.launcher(dataHome));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (server != null) server.stop(0);
    }

    private static void reply(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void fetchReachesAnAllowedUrlWithStatusHeadersAndBody() {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const res = await window.httpApi.fetch('%s/allowed/hello', {method: 'POST', body: 'ping', headers: {Origin: 'https://evil.example'}});
                  return {status: res.status, statusText: res.statusText, url: res.url, servedBy: res.headers.get('x-served-by'),
                          text: await res.text()};
                })()""".formatted(base));
        assertThat(r).containsEntry("ok", true);
        assertThat((Map<String, Object>) r.get("value")).containsEntry("status", 200L).containsEntry("statusText", "OK")
                .containsEntry("url", base + "/allowed/hello").containsEntry("servedBy", "java").containsEntry("text", "hello POST ping");
        // the page's Origin is dropped; the app's own tauri:// origin is opaque, so Origin is "null" as in Tauri
        assertThat(ORIGINS).last().isEqualTo("null");
    }

    @Test
    void aUrlOutsideTheScopeAndADeniedOneAreRefusedWithTaurisText() {
        Map<String, Object> outside = app.settle("window.httpApi.fetch('%s/refused')".formatted(base));
        assertThat(outside).containsEntry("ok", false);
        assertThat((String) outside.get("error")).startsWith("url not allowed on the configured scope: " + base + "/refused");
        Map<String, Object> denied = app.settle("window.httpApi.fetch('%s/allowed/secret/key')".formatted(base));
        assertThat((String) denied.get("error")).startsWith("url not allowed on the configured scope: " + base + "/allowed/secret/key");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBodyOfMegabytesArrivesByteForByte() {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const res = await window.httpApi.fetch('%s/allowed/big');
                  const bytes = new Uint8Array(await res.arrayBuffer());
                  let h = 0x811c9dc5;
                  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
                  return {length: bytes.length, fnv: h};
                })()""".formatted(base));
        assertThat(r).containsEntry("ok", true);
        Map<String, Object> v = (Map<String, Object>) r.get("value");
        assertThat(((Number) v.get("length")).longValue()).isEqualTo(BIG.length);
        assertThat(((Number) v.get("fnv")).longValue()).isEqualTo(fnv1a(BIG));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAbortControllerCancelsARequestUnderWay() {
        Map<String, Object> r = app.settle("""
                (async () => {
                  const started = Date.now();
                  const controller = new AbortController();
                  setTimeout(() => controller.abort(), 500);
                  try {
                    await window.httpApi.fetch('%s/allowed/slow', {signal: controller.signal});
                    return {settled: 'resolved'};
                  } catch (e) {
                    return {settled: String(e && e.message || e), ms: Date.now() - started};
                  }
                })()""".formatted(base));
        Map<String, Object> v = (Map<String, Object>) r.get("value");
        assertThat((String) v.get("settled")).isEqualTo("Request canceled");
        assertThat(((Number) v.get("ms")).longValue()).isLessThan(10_000);
    }

    private static long fnv1a(byte[] bytes) {
        int h = 0x811c9dc5;
        for (byte b : bytes) h = (h ^ (b & 0xff)) * 0x01000193;
        return Integer.toUnsignedLong(h);
    }
}
