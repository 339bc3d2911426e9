package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.assets.BuiltAssets;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@link SecureApp} in a real window, attacked from its own page: CSP with the build's hashes, a frozen prototype,
 * a tampered and an added asset, traversal paths, a call from another origin holding the key, and floods of hostile
 * IPC messages through both transports. Each test prints what it tried and saw (the rows of SECURITY.md's table).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityEndToEndIT {

    static final String SECRET = "SECRET-OUTSIDE-THE-ASSETS";
    private static final Path APP_DIR = Path.of("target/security-app").toAbsolutePath();
    private static TauriDriver app;

    @BeforeAll
    static void buildTamperAndLaunch() throws IOException {
        if (Files.exists(APP_DIR)) {
            try (Stream<Path> walk = Files.walk(APP_DIR)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path source = Path.of("target/test-classes/security/assets");
        Path assets = Files.createDirectories(APP_DIR.resolve("assets"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) Files.copy(f, assets.resolve(f.getFileName().toString()));
        }
        BuiltAssets.sign(assets, MinisignKeyPair.generate()); // what tauri:build does with a <signingKey>
        // after the build: one asset changed, one added, and a secret beside the asset folder
        Files.writeString(assets.resolve("tampered.js"), "window.tamperedRan = 'changed after the build';\n");
        Files.writeString(assets.resolve("added.js"), "window.addedRan = true;\n");
        Files.writeString(APP_DIR.resolve("secret.txt"), SECRET);
        Files.writeString(APP_DIR.resolve("secret"), SECRET);

        Path config = Path.of("target/test-classes/security/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(SecureApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dsecurity.assets=" + assets));
        app.driver().get("tauri://localhost/index.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            String log = app.appLog();
            System.out.println("---- app log (last 4000 chars) ----\n" + log.substring(Math.max(0, log.length() - 4000)));
            app.close();
        }
    }

    private static Object js(String body, Object... args) {
        return app.executeAsync(body, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static String cspSource(String script) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    /** An attack script from {@code security/attacks/}: the body of an async function, run in the page. */
    private static String attack(String name) {
        try {
            return Files.readString(Path.of("target/test-classes/security/attacks", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void row(String tried, long times, String happened) {
        System.out.println("ATTACK | " + tried + " | " + times + " | " + happened);
    }

    @Test
    @Order(1)
    void theBuiltInlineScriptRunsAndTheHeaderCarriesItsHash() throws Exception {
        Map<String, Object> r = map(js("""
                const res = await fetch('index.html');
                return { ran: window.inlineRan === true, csp: res.headers.get('Content-Security-Policy') };"""));
        assertThat(r).containsEntry("ran", true);
        String csp = (String) r.get("csp");
        assertThat(csp).startsWith("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' "
                + cspSource("window.inlineRan = true;") + " 'sha256-").endsWith("; connect-src 'self' ipc:");
        // the page really rendered under its policy: the inline style (allowed by style-src) paints the background
        byte[] png = app.screenshotPng();
        Files.write(Path.of("target/security-window.png"), png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getRGB(5, image.getHeight() - 5) & 0xffffff).isEqualTo(0xeef6ff);
        row("inline script listed in the manifest", 1, "ran; its hash and the init script's are in script-src");
    }

    @Test
    @Order(2)
    void anInjectedScriptIsBlockedByTheCspButTheBridgeStillWorks() {
        Map<String, Object> r = map(js("""
                const before = window.violations.length;
                const s = document.createElement('script');
                s.textContent = 'window.injected = true;';
                document.head.append(s);
                const d = document.createElement('div');
                d.innerHTML = '<img src="data:," onerror="window.injected2 = true">';
                document.body.append(d);
                await new Promise(r => setTimeout(r, 500));
                const bytes = new Uint8Array([9, 8, 7]);
                const echoed = new Uint8Array(await window.__TAURI_INTERNALS__.invoke('echo', bytes));
                return { injected: window.injected === true, handler: window.injected2 === true,
                         violations: window.violations.slice(before),
                         greet: await window.__TAURI_INTERNALS__.invoke('greet', { name: 'CSP' }),
                         echoed: Array.from(echoed) };"""));
        assertThat(r).containsEntry("injected", false).containsEntry("handler", false).containsEntry("greet", "Hello, CSP");
        assertThat(r.get("echoed")).asList().containsExactly(9L, 8L, 7L);
        assertThat(r.get("violations")).asList().hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(v -> assertThat((String) v).startsWith("script-src"));
        row("script element and inline handler injected at run time", 2, "blocked by CSP (securitypolicyviolation); "
                + "JSON and binary invokes still work");
    }

    @Test
    @Order(3)
    void freezePrototypeFreezesObjectPrototype() {
        Map<String, Object> r = map(js("""
                Object.prototype.polluted = 1;
                return { frozen: Object.isFrozen(Object.prototype), polluted: ({}).polluted === 1 };"""));
        assertThat(r).containsEntry("frozen", true).containsEntry("polluted", false);
        row("prototype pollution (freezePrototype on)", 1, "Object.prototype frozen, write ignored");
    }

    @Test
    @Order(4)
    void aTamperedAndAnAddedAssetAreNeverServed() {
        Map<String, Object> r = map(js("""
                const t = await fetch('tampered.js');
                const a = await fetch('added.js');
                return { ran: window.tamperedRan === undefined ? null : window.tamperedRan, added: window.addedRan === true,
                         tStatus: t.status, tText: await t.text(), aStatus: a.status, aText: await a.text() };"""));
        assertThat(r).containsEntry("ran", null).containsEntry("added", false)
                .containsEntry("tStatus", 500L).containsEntry("aStatus", 500L);
        assertThat((String) r.get("tText")).contains("asset tampered.js was not served: its bytes differ").doesNotContain("window.tamperedRan");
        assertThat((String) r.get("aText")).contains("asset added.js was not served: it is not in the build's manifest");
        assertThat(app.appLog()).contains("asset tampered.js was not served");
        row("asset changed after the build (script tag and fetch)", 2, "500, never served, error logged naming tampered.js");
        row("asset added after the build", 1, "500, never served, error logged naming added.js");
    }

    @Test
    @Order(5)
    void traversalFromThePageNeverReachesAFileOutsideTheAssets() {
        List<String> paths = List.of("../secret.txt", "%2e%2e/secret.txt", "%2e%2e%2fsecret.txt", ".%2e/secret", "..%2fsecret",
                "%2fsecret.txt", "..%5csecret.txt", "..\\\\secret.txt", "%5c..%5csecret.txt", "secret.txt%00.js", "%00",
                "%c0%ae%c0%ae/secret.txt", "%c0%af", "%e0%80%ae%e0%80%ae/secret", "C:/secret", "%2Fetc%2Fpasswd",
                "/etc/passwd", "//etc/passwd", "%252e%252e/secret.txt", "assets/../../secret.txt", "%ff", "%", "%zz");
        Map<String, Object> r = map(js("""
                const out = {};
                for (const p of arguments[0]) {
                  try {
                    const res = await fetch('tauri://localhost/' + p);
                    const text = await res.text();
                    out[p] = res.status + (text.includes(arguments[1]) ? ' LEAK' : '')
                        + (res.status === 200 && text.includes('<title>tauri4j security</title>') ? ' index.html' : '');
                  } catch (e) { out[p] = 'fetch refused: ' + e.name; }
                }
                return out;""", paths, SECRET));
        assertThat(r).hasSize(paths.size());
        // a 200 may only be the SPA fallback: WebKit's URL parser turns ".%2e/secret" into "/secret", an app route
        r.forEach((path, outcome) -> assertThat((String) outcome).as(path).doesNotContain("LEAK")
                .satisfiesAnyOf(o -> assertThat(o).doesNotStartWith("200"), o -> assertThat(o).isEqualTo("200 index.html")));
        row("traversal paths fetched from the page (" + String.join(" ", paths) + ")", paths.size(),
                "none served a file outside the assets: " + r);
    }

    @Test
    @Order(6)
    void anotherOriginHoldingTheKeyCannotRunACommand() {
        String key = (String) js("return window.__TAURI_INTERNALS__.invoke('leakkey')");
        Map<String, Object> r = map(js("""
                const headers = { 'Tauri-Invoke-Key': arguments[0], 'Tauri-Window': 'main', 'Content-Type': 'application/octet-stream' };
                const before = await window.__TAURI_INTERNALS__.invoke('pokes');
                const frame = await window.askFrame({ url: 'ipc://localhost/poke', headers });
                await new Promise(r => setTimeout(r, 300));
                const afterFrame = await window.__TAURI_INTERNALS__.invoke('pokes');
                // the same request from the app's own page runs: the refusal above is the origin check, not a broken request
                const own = await fetch('ipc://localhost/poke', { method: 'POST', body: new Uint8Array([1]), headers });
                const afterOwn = await window.__TAURI_INTERNALS__.invoke('pokes');
                return { before, frame, afterFrame, ownStatus: own.status, afterOwn };""", key));
        Map<String, Object> frame = map(r.get("frame"));
        assertThat(frame.get("origin")).isEqualTo("null");
        assertThat(r.get("afterFrame")).isEqualTo(r.get("before"));
        assertThat(r).containsEntry("ownStatus", 200L);
        assertThat((Long) r.get("afterOwn")).isEqualTo((Long) r.get("before") + 1);
        row("cross-origin fetch to ipc://localhost/poke from an opaque-origin frame, with the real key", 1,
                "refused before dispatch (" + frame + "); poke counter unchanged; same request from the app page ran");
    }

    @Test
    @Order(6)
    void aFrameOfAnotherOriginPostingScriptMessagesWithoutTheKeyRunsNothing() {
        Map<String, Object> r = map(js("""
                const before = await window.__TAURI_INTERNALS__.invoke('pokes');
                const answers = [];
                for (const k of [undefined, '', 'guess', null]) {
                  answers.push(await window.askFrame({ post: JSON.stringify({ k, w: 'main', i: 5e12, c: 'poke', a: { data: 'AQID' } }) }));
                }
                await new Promise(r => setTimeout(r, 500));
                return { before, answers, after: await window.__TAURI_INTERNALS__.invoke('pokes') };"""));
        assertThat(r.get("answers")).asList().hasSize(4)
                .allSatisfy(a -> assertThat(map(a)).containsEntry("posted", true).containsEntry("origin", "null"));
        assertThat(r.get("after")).isEqualTo(r.get("before"));
        row("script messages posted from an opaque-origin frame without the key", 4,
                "the frame can reach the message channel, but every message was dropped; nothing ran");
    }

    @Test
    @Order(7)
    void tenThousandHostileScriptMessagesAreAnsweredOrDroppedAndTheAppLives() {
        String key = (String) js("return window.__TAURI_INTERNALS__.invoke('leakkey')");
        Map<String, Object> r = map(js(attack("script-messages.js"),
                key, 10_400));
        assertThat((Long) r.get("sent")).isGreaterThanOrEqualTo(10_000L);
        assertThat(r.get("got")).as("every call naming this window with the key got exactly one error").isEqualTo(r.get("expected"));
        assertThat(r).containsEntry("pokes", 0L).containsEntry("after", "Hello, after");
        row("hostile script messages via window.webkit.messageHandlers.ipc.postMessage (garbage, wrong/missing key, "
                + "wrong window, unknown/missing/ill-typed command, wrong argument types, 1,500 and 20,000 deep nesting, "
                + "100 KB command names, 21 MB strings, cut-short JSON, bad call ids, objects instead of strings)",
                (Long) r.get("sent"), r.get("expected") + " answerable ones each answered with one error, the rest dropped; "
                + "no command ran (poke counter unchanged); the app answered a normal invoke afterwards");
    }

    @Test
    @Order(8)
    void tenThousandHostileIpcSchemeRequestsAreAllRefusedAndTheAppLives() {
        String key = (String) js("return window.__TAURI_INTERNALS__.invoke('leakkey')");
        Map<String, Object> r = map(js(attack("ipc-requests.js"),
                key, 10_000));
        assertThat((Long) r.get("sent")).isEqualTo(10_000L);
        Map<String, Object> outcomes = map(r.get("outcomes"));
        assertThat(outcomes.values().stream().mapToLong(v -> (Long) v).sum()).isEqualTo(10_000L);
        assertThat(outcomes.keySet()).allSatisfy(o -> assertThat(o).doesNotEndWith(" ok").doesNotContain("fetch failed"));
        assertThat(r).containsEntry("pokes", 0L).containsEntry("after", "Hello, after");
        row("hostile POST/GET requests to ipc://localhost (no/wrong key, Blob body, other window, GET, text body, unknown "
                + "command, bad escape, unknown result token, wrong argument type)", 10_000,
                "every one answered with an error status or Tauri-Response: error " + outcomes + "; no command ran; app alive");
    }
}
