package dev.tauri4j.plugins.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import dev.tauri4j.plugin.Resources;
import dev.tauri4j.testing.FakeWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetch commands against a local HTTP server, through the plugin's command methods and a fake window. */
class HttpPluginTest {

    static final byte[] BIG = new byte[3 * 1024 * 1024 + 17];
    private static HttpServer server;
    private static String base;
    private static final CountDownLatch SLOW_STARTED = new CountDownLatch(1);

    private final HttpPlugin plugin = new HttpPlugin();
    private final FakeWindow window = new FakeWindow("main");

    @BeforeAll
    static void serve() throws IOException {
        new Random(7).nextBytes(BIG);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", x -> {
            x.getResponseHeaders().add("X-Test", "yes");
            reply(x, 201, "hi");
        });
        server.createContext("/echo", x -> {
            String headers = x.getRequestHeaders().entrySet().stream()
                    .map(e -> e.getKey().toLowerCase() + "=" + String.join(",", e.getValue())).sorted().collect(Collectors.joining("\n"));
            reply(x, 200, x.getRequestMethod() + "\n" + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "\n" + headers);
        });
        server.createContext("/hop/", x -> {   // /hop/3 redirects to /hop/2, ... /hop/0 to /hello
            int n = Integer.parseInt(x.getRequestURI().getPath().substring("/hop/".length()));
            x.getResponseHeaders().add("Location", n == 0 ? "/hello" : "/hop/" + (n - 1));
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/away", x -> {
            x.getResponseHeaders().add("Location", "/secret/x");
            x.sendResponseHeaders(307, -1);
            x.close();
        });
        server.createContext("/big", x -> {
            x.sendResponseHeaders(200, BIG.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(BIG);
            }
        });
        server.createContext("/slow", x -> {
            SLOW_STARTED.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(x, 200, "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ScopeEntry url(String pattern) {
        return new ScopeEntry(new ScopeValue.Obj(Map.of("url", new ScopeValue.Str(pattern))), "capabilities/default.json", "permissions[1].allow[0]");
    }

    private static CommandScope<Object> scope(List<String> allow, List<String> deny) {
        ScopeEntries entries = new ScopeEntries(allow.stream().map(HttpPluginTest::url).toList(), deny.stream().map(HttpPluginTest::url).toList());
        return CommandScope.of(List.of(), List.of(), entries, d -> Optional.empty());
    }

    private static final GlobalScope<Object> NO_GLOBAL = GlobalScope.of(List.of(), List.of(), ScopeEntries.EMPTY, d -> Optional.empty());
    private static final CommandScope<Object> LOCAL = scope(List.of("http://127.0.0.1:*"), List.of("http://127.0.0.1:*/secret/*"));

    private static ClientConfig get(String url) {
        return new ClientConfig("GET", url, List.of(), null, null, null, null, null);
    }

    private HttpPlugin.FetchResponse send(ClientConfig config) throws Exception {
        return plugin.send(window, plugin.fetch(window, config, LOCAL, NO_GLOBAL));
    }

    private byte[] readAll(int rid) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int calls = 0; ; calls++) {
            byte[] chunk = plugin.readBody(window, rid);
            assertThat(chunk).isNotEmpty();
            if (chunk[chunk.length - 1] == 1) {
                assertThat(chunk).as("the end is the flag alone").hasSize(1);
                return out.toByteArray();
            }
            assertThat(chunk[chunk.length - 1]).isZero();
            out.write(chunk, 0, chunk.length - 1);
            assertThat(calls).isLessThan(10_000);
        }
    }

    private String text(int rid) throws IOException {
        return new String(readAll(rid), StandardCharsets.UTF_8);
    }

    @Test
    void answersStatusReasonHeadersUrlAndBodyThenFreesTheBody() throws Exception {
        HttpPlugin.FetchResponse r = send(get(base + "/hello"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.statusText()).isEqualTo("Created");
        assertThat(r.url()).isEqualTo(base + "/hello");
        assertThat(r.headers()).contains(List.of("x-test", "yes"), List.of("content-length", "2"));
        assertThat(text(r.rid())).isEqualTo("hi");
        assertThat(window.resources().has(r.rid())).as("the body is freed at its end").isFalse();
    }

    @Test
    void sendsMethodBodyAndHeadersDroppingForbiddenOnesAndSettingThePagesOrigin() throws Exception {
        window.setUrl("http://localhost:1420/index.html");
        ClientConfig post = new ClientConfig("POST", base + "/echo", List.of(List.of("X-Custom", "1"), List.of("Cookie", "a=b"),
                List.of("Origin", "https://evil.example"), List.of("Sec-Fetch-Mode", "cors")), "payload".getBytes(StandardCharsets.UTF_8), null, null, null, null);
        String echo = text(send(post).rid());
        assertThat(echo).startsWith("POST\npayload\n").contains("x-custom=1", "origin=http://localhost:1420", "user-agent=tauri4j-plugin-http")
                .doesNotContain("cookie=", "evil", "sec-fetch-mode");
    }

    @Test
    void theAppsOwnTauriOriginIsOpaqueAsInTheWhatwgUrlStandard() throws Exception {
        String echo = text(send(get(base + "/echo")).rid());
        assertThat(echo).contains("origin=null");
    }

    @Test
    void withUnsafeHeadersThePagesHeadersAndOriginGoAsTheyAre() throws Exception {
        HttpPlugin unsafe = HttpPlugin.dangerousUnsafeHeaders();
        ClientConfig config = new ClientConfig("GET", base + "/echo", List.of(List.of("Cookie", "a=b"), List.of("Origin", "https://mine.example"),
                List.of("User-Agent", "me")), null, null, null, null, null);
        int body = unsafe.send(window, unsafe.fetch(window, config, LOCAL, NO_GLOBAL)).rid();
        String echo = new String(unsafeRead(unsafe, body), StandardCharsets.UTF_8);
        assertThat(echo).contains("cookie=a=b", "origin=https://mine.example", "user-agent=me").doesNotContain("origin=null");
        ClientConfig noOrigin = new ClientConfig("GET", base + "/echo", List.of(List.of("Origin", "")), null, null, null, null, null);
        String none = new String(unsafeRead(unsafe, unsafe.send(window, unsafe.fetch(window, noOrigin, LOCAL, NO_GLOBAL)).rid()), StandardCharsets.UTF_8);
        assertThat(none).doesNotContain("origin=");
    }

    private byte[] unsafeRead(HttpPlugin p, int rid) throws IOException {
        byte[] chunk = p.readBody(window, rid);
        return Arrays.copyOf(chunk, chunk.length - 1);
    }

    @Test
    void followsRedirectsUpToTheLimitAndAnswersTheRedirectItselfAtZero() throws Exception {
        HttpPlugin.FetchResponse followed = send(get(base + "/hop/3"));
        assertThat(followed.status()).isEqualTo(201);
        assertThat(followed.url()).isEqualTo(base + "/hello");

        ClientConfig four = new ClientConfig("GET", base + "/hop/3", List.of(), null, 4, null, null, null);
        assertThat(send(four).status()).isEqualTo(201);

        ClientConfig three = new ClientConfig("GET", base + "/hop/3", List.of(), null, 3, null, null, null);
        assertThatThrownBy(() -> send(three)).isInstanceOf(CommandException.class)
                .hasMessageContaining("too many redirects").extracting(e -> ((CommandException) e).code()).isEqualTo(FetchError.NETWORK);

        ClientConfig none = new ClientConfig("GET", base + "/hop/3", List.of(), null, 0, null, null, null);
        HttpPlugin.FetchResponse redirect = send(none);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.statusText()).isEqualTo("Found");
        assertThat(redirect.headers()).contains(List.of("location", "/hop/2"));
    }

    @Test
    void aUrlOutsideTheScopeIsRefusedWithTaurisTextAndADenyWins() {
        CommandScope<Object> other = scope(List.of("https://example.com/*"), List.of());
        assertThatThrownBy(() -> plugin.fetch(window, get(base + "/hello"), other, NO_GLOBAL)).isInstanceOf(CommandException.class)
                .hasMessageStartingWith("url not allowed on the configured scope: " + base + "/hello");
        assertThatThrownBy(() -> plugin.fetch(window, get(base + "/secret/x"), LOCAL, NO_GLOBAL))
                .hasMessageStartingWith("url not allowed on the configured scope: " + base + "/secret/x");
        CommandScope<Object> nothing = scope(List.of(), List.of());
        assertThatThrownBy(() -> plugin.fetch(window, get(base + "/hello"), nothing, NO_GLOBAL))
                .extracting(e -> ((CommandException) e).code()).isEqualTo(FetchError.URL_NOT_ALLOWED);
    }

    @Test
    void theGlobalScopeAllowsAndDeniesToo() throws Exception {
        CommandScope<Object> none = scope(List.of(), List.of());
        GlobalScope<Object> global = GlobalScope.of(List.of(), List.of(), new ScopeEntries(List.of(url("http://127.0.0.1:*/hello")), List.of()), d -> Optional.empty());
        assertThat(plugin.send(window, plugin.fetch(window, get(base + "/hello"), none, global)).status()).isEqualTo(201);
        CommandScope<Object> denyHello = scope(List.of(), List.of("http://127.0.0.1:*/hello"));
        assertThatThrownBy(() -> plugin.fetch(window, get(base + "/hello"), denyHello, global)).hasMessageStartingWith("url not allowed");
    }

    @Test
    void aRedirectOutOfTheScopeIsRefused() {
        assertThatThrownBy(() -> send(get(base + "/away"))).hasMessageStartingWith("url not allowed on the configured scope: " + base + "/secret/x");
    }

    @Test
    void readsABodyOfMegabytesInFewChunksByteForByte() throws Exception {
        int rid = send(get(base + "/big")).rid();
        List<Integer> sizes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] chunk = plugin.readBody(window, rid);
            if (chunk.length == 1 && chunk[0] == 1) break;
            sizes.add(chunk.length - 1);
            out.write(chunk, 0, chunk.length - 1);
        }
        assertThat(out.toByteArray()).isEqualTo(BIG);
        assertThat(sizes).allMatch(n -> n <= ResponseBody.MAX_CHUNK).hasSizeLessThan(200);
    }

    @Test
    void aConnectTimeoutFailsTheSend() throws Exception {
        // a listening socket whose accept queue is full: further connections get no answer (Linux drops the SYN)
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(s);
                    } catch (IOException e) {
                        s.close();
                        break;
                    }
                }
                String url = "http://127.0.0.1:" + full.getLocalPort() + "/";
                ClientConfig config = new ClientConfig("GET", url, List.of(), null, null, 300L, null, null);
                long start = System.nanoTime();
                assertThatThrownBy(() -> send(config)).isInstanceOf(CommandException.class)
                        .hasMessageContaining("error sending request for url (" + url + ")").hasMessageContaining("timed out");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
            } finally {
                for (Socket s : fillers) s.close();
            }
        }
    }

    @Test
    void cancelStopsASendUnderWayAndOneNotYetStarted() throws Exception {
        int rid = plugin.fetch(window, get(base + "/slow"), LOCAL, NO_GLOBAL);
        CompletableFuture<HttpPlugin.FetchResponse> sent = CompletableFuture.supplyAsync(() -> {
            try {
                return plugin.send(window, rid);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(SLOW_STARTED.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        plugin.cancel(window, rid);
        assertThatThrownBy(() -> sent.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CommandException.class).hasMessageContaining("Request canceled");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
        assertThat(window.resources().has(rid)).isFalse();

        int early = plugin.fetch(window, get(base + "/hello"), LOCAL, NO_GLOBAL);
        plugin.cancel(window, early);
        assertThatThrownBy(() -> plugin.send(window, early)).hasMessage("Request canceled");
    }

    @Test
    void freeingTheRequestWithThePageCancelsIt() throws Exception {
        FakeWindow other = new FakeWindow("other");
        int rid = plugin.fetch(other, get(base + "/hello"), LOCAL, NO_GLOBAL);
        FetchRequest request = other.resources().get(rid, FetchRequest.class);
        other.close();
        assertThatThrownBy(request::send).hasMessage("Request canceled");
    }

    @Test
    void cancelBodyFreesTheBody() throws Exception {
        int rid = send(get(base + "/big")).rid();
        plugin.readBody(window, rid);
        plugin.cancelBody(window, rid);
        assertThat(window.resources().has(rid)).isFalse();
        assertThatThrownBy(() -> plugin.readBody(window, rid)).extracting(e -> ((CommandException) e).code()).isEqualTo(Resources.BAD_RESOURCE_ID);
    }

    @Test
    void dataUrlsNeedNoScopeAndOtherSchemesAreRefused() throws Exception {
        CommandScope<Object> nothing = scope(List.of(), List.of());
        int rid = plugin.send(window, plugin.fetch(window, get("data:text/plain;base64,aGVsbG8="), nothing, NO_GLOBAL)).rid();
        assertThat(text(rid)).isEqualTo("hello");
        HttpPlugin.FetchResponse plain = plugin.send(window, plugin.fetch(window, get("data:,a%20b"), nothing, NO_GLOBAL));
        assertThat(plain.headers()).contains(List.of("content-type", "text/plain;charset=US-ASCII"));
        assertThat(text(plain.rid())).isEqualTo("a b");
        assertThatThrownBy(() -> plugin.fetch(window, get("ftp://example.com/x"), LOCAL, NO_GLOBAL)).hasMessage("scheme ftp not supported");
    }

    @Test
    void unsupportedProxyAndDangerSettingsAreRefusedNamingTheField() {
        ClientConfig auth = new ClientConfig("GET", base + "/hello", List.of(), null, null, null,
                new ClientConfig.Proxy(Map.of("url", "http://p:1", "basicAuth", Map.of("username", "u", "password", "p")), null, null), null);
        assertThatThrownBy(() -> plugin.fetch(window, auth, LOCAL, NO_GLOBAL)).hasMessageContaining("proxy.all.basicAuth");
        ClientConfig danger = new ClientConfig("GET", base + "/hello", List.of(), null, null, null, null, new ClientConfig.Danger(true, false));
        assertThatThrownBy(() -> plugin.fetch(window, danger, LOCAL, NO_GLOBAL)).hasMessageContaining("danger");
    }
}
