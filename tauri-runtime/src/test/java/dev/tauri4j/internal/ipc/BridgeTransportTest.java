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

    /**
     * Nested values go as Tauri's own IPC script sends them (process-ipc-message-fn.js): Uint8Array and ArrayBuffer
     * as number arrays, a Map as an object, SERIALIZE_TO_IPC_FN's result, a Channel as "__CHANNEL__:id". The
     * Channel and the key come from the real {@code @tauri-apps/api} package the build installs.
     */
    @Test
    void nestedValuesAreSerialisedAsTauriDoes() throws Exception {
        Path core = Path.of("target/npm/node_modules/@tauri-apps/api/core.js").toAbsolutePath();
        assertThat(core).as("npm installs @tauri-apps/api in generate-test-resources").exists();
        JsonNode seen = run(new BridgeScript("k", false, false), """
                const api = await import(%s);
                const channel = new api.Channel();
                const tagged = { [api.SERIALIZE_TO_IPC_FN]() { return { String: 'id-7' }; } };
                t.invoke('nested', {
                    bytes: new Uint8Array([0, 1, 127, 128, 255]),
                    buffer: new Uint8Array([9, 8]).buffer,
                    map: new Map([['a', 1], ['b', new Uint8Array([2])]]),
                    deep: { list: [new Uint8Array([3]), 'x'], tagged },
                    empty: new Uint8Array(0),
                    words: new Uint16Array([1, 2]),
                    channel,
                });
                t.invoke('raw', new Uint8Array([1, 2, 3])).catch(() => {}); // the harness's fetch refuses
                extra.channelId = channel.id;
                """.formatted(JsonCodec.mapper().writeValueAsString(core.toUri().toString())));
        JsonNode args = JsonCodec.mapper().readTree(seen.get("posted").get(1).asText()).get("a");
        assertThat(args.get("bytes").toString()).isEqualTo("[0,1,127,128,255]");
        assertThat(args.get("buffer").toString()).isEqualTo("[9,8]");
        assertThat(args.get("map").toString()).isEqualTo("{\"a\":1,\"b\":[2]}");
        assertThat(args.get("deep").toString()).isEqualTo("{\"list\":[[3],\"x\"],\"tagged\":{\"String\":\"id-7\"}}");
        assertThat(args.get("empty").toString()).isEqualTo("[]");
        // Tauri turns only Uint8Array and ArrayBuffer into arrays; other views stay as JSON.stringify makes them
        assertThat(args.get("words").toString()).isEqualTo("{\"0\":1,\"1\":2}");
        assertThat(args.get("channel").asText()).isEqualTo("__CHANNEL__:" + seen.get("extra").get("channelId").asInt());
        assertThat(seen.get("fetched")).as("a whole-arguments Uint8Array is a raw body, not JSON").hasSize(1);
        assertThat(seen.get("posted")).hasSize(2);
    }

    /** A page's Object.prototype.toJSON or __TAURI_TO_IPC_KEY__ never runs on the message that carries the invoke key. */
    @Test
    void aPoisonedPrototypeDoesNotSeeTheInvokeKey() throws Exception {
        JsonNode seen = run(new BridgeScript("secret-key", false, false), """
                extra.leaked = [];
                Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, value: function () {
                    if (this && this.k) extra.leaked.push(String(this.k)); return this; } });
                Object.defineProperty(Object.prototype, '__TAURI_TO_IPC_KEY__', { configurable: true, value: function () {
                    if (this && this.k) extra.leaked.push(String(this.k)); return this; } });
                t.invoke('greet', { name: 'y' });
                delete Object.prototype.toJSON;
                delete Object.prototype.__TAURI_TO_IPC_KEY__;
                """);
        assertThat(seen.get("extra").get("leaked")).isEmpty();
        assertThat(seen.get("posted").get(1).asText()).contains("\"k\":\"secret-key\"");
    }

    private JsonNode run(BridgeScript bridge) throws Exception {
        return run(bridge, "");
    }

    /**
     * Runs the rendered bridge in Node with a fake window that has both WebKit's and WebView2's handlers, then
     * {@code more} (an async body with {@code t} and {@code extra} in scope).
     */
    private JsonNode run(BridgeScript bridge, String more) throws Exception {
        String harness = """
                const posted = [];
                const handler = { postMessage: (m) => posted.push(m) };
                const window = globalThis;
                globalThis.window = globalThis; // for the ES modules a test imports
                const fetched = [];
                window.fetch = (url, init) => { fetched.push(url); return Promise.reject(new Error('no fetch')); };
                window.addEventListener = () => {};
                globalThis.document = { addEventListener: () => {} };
                const isWebView2 = %s;
                if (isWebView2) window.chrome = { webview: handler }; else window.webkit = { messageHandlers: { ipc: handler } };
                %s
                const t = window.__TAURI_INTERNALS__;
                t.invoke('greet', { name: 'x' });
                const extra = {};
                (async () => {
                %s
                })().then(() => console.log(JSON.stringify({ posted, fetched, extra,
                    asset: t.convertFileSrc('/home/a b.png'), stream: t.convertFileSrc('x', 'stream'),
                    sep: t.plugins.path.sep, delimiter: t.plugins.path.delimiter })));
                """;
        String script = bridge.render("main");
        boolean webview2 = script.contains("\"messageHandler\":[\"chrome\"");
        Path file = dir.resolve("bridge-test.js");
        Files.writeString(file, harness.formatted(webview2, script, more));
        Process node = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        return JsonCodec.mapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    }
}
