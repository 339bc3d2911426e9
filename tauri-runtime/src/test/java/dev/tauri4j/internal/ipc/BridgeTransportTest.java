package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.internal.platform.BridgeTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge takes every webview-specific fact from the platform's {@link BridgeTransport}: run in Node against a
 * WebView2-like window (no {@code window.webkit}), it posts to {@code chrome.webview}, builds
 * {@code http://<scheme>.localhost} URLs and reports the platform's separators.
 */
class BridgeTransportTest {

    @TempDir Path dir;

    @Test
    void aWebView2LikeTransportIsUsedAsGiven() throws Exception {
        BridgeTransport webview2 = new BridgeTransport(List.of("chrome", "webview"), "http://ipc.localhost", "\\", ";");
        JsonNode seen = run(new BridgeScript("k", false, false, List.of(), webview2, s -> "http://" + s + ".localhost"));
        assertThat(seen.get("posted").get(0).asText()).contains("\"c\":\"greet\"", "\"k\":\"k\"");
        assertThat(seen.get("asset").asText()).isEqualTo("http://asset.localhost/%2Fhome%2Fa%20b.png");
        assertThat(seen.get("stream").asText()).isEqualTo("http://stream.localhost/x");
        assertThat(seen.get("sep").asText()).isEqualTo("\\");
        assertThat(seen.get("delimiter").asText()).isEqualTo(";");
    }

    @Test
    void linuxKeepsWebKitsHandlerAndSchemes() throws Exception {
        JsonNode seen = run(new BridgeScript("k", false, false));
        assertThat(seen.get("posted")).hasSize(1);
        assertThat(seen.get("asset").asText()).isEqualTo("asset://localhost/%2Fhome%2Fa%20b.png");
        assertThat(seen.get("sep").asText()).isEqualTo("/");
    }

    /** Runs the rendered bridge in Node with a fake window that has both WebKit's and WebView2's handlers. */
    private JsonNode run(BridgeScript bridge) throws Exception {
        String harness = """
                const posted = [];
                const handler = { postMessage: (m) => posted.push(m) };
                const window = globalThis;
                window.fetch = () => Promise.reject(new Error('no fetch'));
                window.addEventListener = () => {};
                globalThis.document = { addEventListener: () => {} };
                const isWebView2 = %s;
                if (isWebView2) window.chrome = { webview: handler }; else window.webkit = { messageHandlers: { ipc: handler } };
                %s
                const t = window.__TAURI_INTERNALS__;
                t.invoke('greet', { name: 'x' });
                console.log(JSON.stringify({ posted,
                    asset: t.convertFileSrc('/home/a b.png'), stream: t.convertFileSrc('x', 'stream'),
                    sep: t.plugins.path.sep, delimiter: t.plugins.path.delimiter }));
                """;
        String script = bridge.render("main");
        boolean webview2 = script.contains("\"messageHandler\":[\"chrome\"");
        Path file = dir.resolve("bridge-test.js");
        Files.writeString(file, harness.formatted(webview2, script));
        Process node = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        return JsonCodec.mapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    }
}
