package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.FakePlatform;
import dev.tauri4j.internal.runtime.LaunchMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.assets.DirectoryAssetSource;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.platform.SchemeRequest;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ipc: scheme without a display: what it refuses, that it never opens a refused body, and that it always answers. */
class IpcSchemeTest {

    @TempDir
    Path dir;

    private final AtomicInteger pokes = new AtomicInteger();
    private AppRuntime app;
    private IpcScheme scheme;

    @BeforeEach
    void start() {
        start(new FakePlatform());
    }

    private void start(FakePlatform platform) {
        CommandRegistry commands = new CommandRegistry().command("poke", (byte[] data) -> pokes.incrementAndGet());
        // a capability granting poke, for when capabilities are enforced (deny by default)
        TauriConfig config = ConfigLoader.parse("""
                {"identifier": "dev.tauri4j.ipcscheme", "app": {"security": {"capabilities": [{"identifier": "test",
                  "windows": ["*"], "permissions": ["core:default", "allow-poke"]}]}}}""", "ipcscheme.conf.json").config();
        app = new AppRuntime(config, new LaunchMode(false, false, false), platform,
                new Dispatcher(commands), commands, new StateStore(), new AssetResolver(new DirectoryAssetSource(dir)));
        CompletableFuture<?> opened = CompletableFuture.runAsync(() -> app.createWindow(WindowConfig.of("main")));
        while (!opened.isDone()) platform.runTasks();
        app.windowRuntime("main").onPageCommitted(app.origins().app() + "/index.html"); // the app's page is showing
        scheme = new IpcScheme(app);
    }

    /** A request as WebKit would hand it over; counts body reads, which a refused request must never do. */
    final class Request implements SchemeRequest {
        final Map<String, String> headers = new HashMap<>();
        final String path;
        int bodyReads;
        SchemeResponse response;
        RuntimeException headerFailure;

        Request(String path, boolean withKey) {
            this.path = path;
            headers.put("Origin", app.origins().app());
            headers.put("Content-Type", "application/octet-stream");
            headers.put("Tauri-Window", "main");
            if (withKey) headers.put("Tauri-Invoke-Key", app.router().invokeKey());
        }

        @Override public String uri() { return "ipc://localhost" + path; }
        @Override public String path() { return path; }
        @Override public String method() { return "POST"; }
        @Override public String windowLabel() { return "main"; }

        @Override
        public String header(String name) {
            if (headerFailure != null && name.equals("Tauri-Window")) throw headerFailure;
            return headers.get(name);
        }

        @Override
        public byte[] body(int maxBytes) {
            bodyReads++;
            return new byte[] {1, 2, 3};
        }

        @Override
        public synchronized void respond(SchemeResponse r) {
            if (response != null) throw new IllegalStateException("request already answered");
            response = r;
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutTheKeyOrFromAnotherOriginTheBodyIsNeverOpened() {
        Request noKey = new Request("/poke", false);
        Request foreign = new Request("/poke", true);
        foreign.headers.put("Origin", "null");
        Request noOrigin = new Request("/poke", true);
        noOrigin.headers.remove("Origin");

        for (Request r : new Request[] {noKey, foreign, noOrigin}) {
            scheme.handle(r);
            assertThat(r.response.status()).isEqualTo(403);
            assertThat(r.bodyReads).isZero();
        }
        assertThat(pokes.get()).isZero();
    }

    @Test
    void theAppOriginIsThePlatforms() throws Exception {
        start(new FakePlatform("http://tauri.localhost")); // as WebView2 serves the app on Windows
        Request windows = new Request("/poke", true);
        Request linuxOrigin = new Request("/poke", true);
        linuxOrigin.headers.put("Origin", "tauri://localhost");
        scheme.handle(windows);
        scheme.handle(linuxOrigin);
        for (int i = 0; i < 200 && windows.response == null; i++) Thread.sleep(10);
        assertThat(windows.response.status()).isEqualTo(200);
        assertThat(linuxOrigin.response.status()).isEqualTo(403);
        assertThat(linuxOrigin.bodyReads).isZero();
        assertThat(pokes.get()).isOne();
    }

    @Test
    void aBadEscapeInTheCommandIsAnsweredNotLeftHanging() {
        Request r = new Request("/%zz%", true);
        scheme.handle(r);
        assertThat(r.response.status()).isEqualTo(400);
        assertThat(r.text()).contains("percent-encoded");
    }

    @Test
    void anUnexpectedFailureStillAnswersTheRequest() {
        Request r = new Request("/poke", true);
        r.headerFailure = new IllegalArgumentException("broken header");
        scheme.handle(r);
        assertThat(r.response.status()).isEqualTo(500);
        assertThat(r.text()).contains("broken header");
        assertThat(pokes.get()).isZero();
    }

    @Test
    void aProperRequestRuns() throws Exception {
        Request r = new Request("/poke", true);
        scheme.handle(r);
        for (int i = 0; i < 200 && r.response == null; i++) Thread.sleep(10);
        assertThat(r.response.status()).isEqualTo(200);
        assertThat(r.bodyReads).isEqualTo(1);
        assertThat(pokes.get()).isEqualTo(1);
    }
}
