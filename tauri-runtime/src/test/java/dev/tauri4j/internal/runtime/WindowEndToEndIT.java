package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real thing: {@link E2eApp} in a GTK window under Xvfb, driven through WebKitWebDriver. The page uses the
 * real {@code @tauri-apps/api} package from npm (installed during the build).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowEndToEndIT {

    private static TauriDriver app;

    @BeforeAll
    static void launch() {
        Path config = Path.of("target/test-classes/e2e/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(E2eApp.class).jvmArgs("-Dtauri.config=" + config));
        app.driver().get("tauri://localhost/index.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
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

    @Test
    @Order(1)
    void typingAndClickingCallsJavaAndTheScreenshotShowsTheAnswer() throws Exception {
        app.driver().findElement(By.id("name")).sendKeys("Selenium");
        app.driver().findElement(By.id("go")).click();
        new WebDriverWait(app.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textMatches(By.id("out"), Pattern.compile("Hello, Selenium \\(8\\)")));
        byte[] png = app.screenshotPng();
        Path shot = Path.of("target/e2e-main-window.png");
        Files.write(shot, png);
        assertThat(app.driver().manage().window().getSize()).isEqualTo(new org.openqa.selenium.Dimension(900, 640));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(image.getHeight()).isGreaterThan(300);
        // the page's yellow background fills the corner: the window really rendered our page
        assertThat(image.getRGB(5, image.getHeight() - 5) & 0xffffff).isEqualTo(0xfffbe6);
    }

    @Test
    void stringsAndNumbersBindByName() {
        assertThat(map(js("return t.invoke('greet', { name: 'Ada' })"))).containsEntry("text", "Hello, Ada").containsEntry("length", 3L);
        assertThat(js("return t.invoke('add', { a: 2, b: 40 })")).isEqualTo(42L);
        assertThat(js("return t.invoke('flags', { on: true, ratio: 0.5, big: 9007199254740991, letter: 'x' })"))
                .isEqualTo("true,0.5,9007199254740991,x");
    }

    @Test
    void recordsListsMapsEnumsAndOptionals() {
        Map<String, Object> person = map(js("""
                return t.invoke('person', { person: { name: 'Grace', age: 85, tags: ['navy', 'cobol'], scores: { a: 1 }, color: 'BLUE' } })"""));
        assertThat(person).containsEntry("name", "Grace").containsEntry("age", 85L).containsEntry("color", "BLUE")
                .containsEntry("tags", List.of("navy", "cobol")).containsEntry("scores", Map.of("a", 1L));
        assertThat(person.get("nickname")).isNull();
        assertThat(js("return t.invoke('describe', { numbers: [1, 2, 3], scores: { x: 7 }, color: 'RED', nickname: 'g' })"))
                .isEqualTo("6|{x=7}|RED|g");
        assertThat(js("return t.invoke('describe', { numbers: [], scores: {}, color: 'GREEN' })")).isEqualTo("0|{}|GREEN|none");
    }

    @Test
    void bytesTravelAsBinaryBothWays() {
        // Uint8Array in: a raw POST body; byte[] out: an ArrayBuffer
        Map<String, Object> r = map(js("""
                const data = new Uint8Array(3 * 1024 * 1024);
                for (let i = 0; i < data.length; i++) data[i] = (i * 7 + 3) & 0xff;
                const echoed = await t.invoke('echoBytes', data);
                const back = new Uint8Array(echoed);
                let same = back.length === data.length;
                for (let i = 0; same && i < back.length; i += 4099) same = back[i] === data[i];
                const sum = await t.invoke('sumBytes', data.buffer);
                const made = await t.invoke('makeBytes', { size: 1000 });
                return { isBuffer: echoed instanceof ArrayBuffer, same, length: back.length, sum,
                         madeIsBuffer: made instanceof ArrayBuffer, made5: new Uint8Array(made)[5] };"""));
        assertThat(r).containsEntry("isBuffer", true).containsEntry("same", true).containsEntry("length", 3L * 1024 * 1024)
                .containsEntry("madeIsBuffer", true).containsEntry("made5", (long) E2eApp.pattern(6)[5]);
        assertThat(map(r.get("sum"))).containsEntry("length", 3L * 1024 * 1024)
                .containsEntry("checksum", E2eApp.checksum(E2eApp.pattern(3 * 1024 * 1024)));
    }

    /**
     * Through the real {@code @tauri-apps/api} invoke: nested Uint8Array/ArrayBuffer arrive as number arrays, a Map
     * as an object, SERIALIZE_TO_IPC_FN's result and a Channel's id string, as Tauri's IPC sends them; the arrays
     * bind to byte[], ByteBuffer and List<Integer>.
     */
    @Test
    void nestedBytesMapsAndTaggedValuesTravelAsTauriSendsThem() {
        Map<String, Object> r = map(js("""
                const tagged = { [t.SERIALIZE_TO_IPC_FN]() { return { String: 'id-7' }; } };
                const channel = new t.Channel();
                const wire = await t.invoke('wireArgs', { bytes: new Uint8Array([0, 1, 255]), buffer: new Uint8Array([9, 8]).buffer,
                    map: new Map([['a', 1]]), tagged, channel });
                const data = new Uint8Array(1000);
                for (let i = 0; i < data.length; i++) data[i] = (i * 7 + 3) & 0xff;
                const packet = await t.invoke('packet', { packet: { bytes: data, buffer: new Uint8Array([1, 2, 3]).buffer,
                    list: new Uint8Array([4, 5]) } });
                return { wire: JSON.stringify(wire), channel: channel.id, packet };"""));
        assertThat((String) r.get("wire")).isEqualTo("{\"bytes\":[0,1,255],\"buffer\":[9,8],\"map\":{\"a\":1},"
                + "\"tagged\":{\"String\":\"id-7\"},\"channel\":\"__CHANNEL__:" + r.get("channel") + "\"}");
        assertThat(map(r.get("packet"))).containsEntry("bytes", E2eApp.checksum(E2eApp.pattern(1000)))
                .containsEntry("buffer", 3L).containsEntry("list", List.of(4L, 5L));
    }

    @Test
    void errorsRejectWithCodeAndMessage() {
        Map<String, Object> unknown = map(js("try { await t.invoke('nope', {}); return null; } catch (e) { return e; }"));
        assertThat(unknown).containsEntry("code", "UNKNOWN_COMMAND");
        assertThat((String) unknown.get("message")).contains("nope");
        Map<String, Object> missing = map(js("try { await t.invoke('greet', {}); } catch (e) { return e; }"));
        assertThat(missing).containsEntry("code", "MISSING_ARGUMENT");
        assertThat((String) missing.get("message")).contains("'name'");
        Map<String, Object> wrong = map(js("try { await t.invoke('add', { a: 'x', b: 1 }); } catch (e) { return e; }"));
        assertThat(wrong).containsEntry("code", "INVALID_ARGUMENT");
        assertThat((String) wrong.get("message")).contains("'a'");
        Map<String, Object> app = map(js("try { await t.invoke('fail', { code: 'E_QUOTA' }); } catch (e) { return e; }"));
        assertThat(app).containsEntry("code", "E_QUOTA").containsEntry("message", "failed on purpose")
                .containsEntry("data", Map.of("hint", "look here"));
        Map<String, Object> boom = map(js("try { await t.invoke('boom'); } catch (e) { return e; }"));
        assertThat(boom).containsEntry("code", "COMMAND_FAILED").containsEntry("message", "boom from Java");
        assertThat(js("try { await t.invoke('boom'); } catch (e) { return String(e); }")).isEqualTo("boom from Java");
    }

    @Test
    void handlersRunOffTheUiThreadInParallelWithStateInjected() {
        assertThat(js("return t.invoke('onUiThread')")).isEqualTo(false);
        assertThat(js("return t.invoke('threadInfo')")).isEqualTo(true);
        assertThat(js("return Promise.all([t.invoke('rendezvous'), t.invoke('rendezvous')])")).asList().containsExactly(true, true);
        assertThat(js("return t.invoke('later', { ms: 50 })")).isEqualTo("later 50");
        long first = (Long) js("return t.invoke('increment')");
        assertThat(js("return t.invoke('increment')")).isEqualTo(first + 1);
        assertThat(js("return t.invoke('whoami')")).isEqualTo("main");
    }

    @Test
    void aBurstOfJavaEventsArrivesCompleteAndInOrder() {
        Map<String, Object> r = map(js("""
                const got = [];
                const unlisten = await t.listen('tick', (e) => got.push(e.payload.i));
                const n = await t.invoke('burst', { count: 20000 });
                const t0 = Date.now();
                while (got.length < n && Date.now() - t0 < 10000) await new Promise(r => setTimeout(r, 10));
                await unlisten();
                let ordered = true;
                for (let i = 0; i < got.length; i++) if (got[i] !== i) { ordered = false; break; }
                return { count: got.length, ordered };"""));
        assertThat(r).containsEntry("count", 20000L).containsEntry("ordered", true);
    }

    @Test
    void eventsFromJsReachJavaAndComeBack() {
        Map<String, Object> r = map(js("""
                // listening is itself a call: it must be registered before the emit, or the echo can come first
                let resolveBack;
                const back = new Promise((resolve) => { resolveBack = resolve; });
                await t.once('echo-from-java', (e) => resolveBack(e.payload));
                await t.emit('from-js', { hello: 'java' });
                const echoed = await back;
                return { echoed, heard: await t.invoke('javaHeard') };"""));
        assertThat(r).containsEntry("echoed", Map.of("hello", "java")).containsEntry("heard", Map.of("hello", "java"));
    }

    @Test
    void aChannelStreamsOrderedMessagesToItsCallback() {
        Map<String, Object> r = map(js("""
                const seen = [];
                const channel = new t.Channel((m) => seen.push(m));
                const answer = await t.invoke('stream', { onProgress: channel, count: 500 });
                const t0 = Date.now();
                while (seen.length < 500 && Date.now() - t0 < 5000) await new Promise(r => setTimeout(r, 10));
                return { answer, count: seen.length, first: seen[0], last: seen[seen.length - 1],
                         ordered: seen.every((v, i) => v === i) };"""));
        assertThat(r).containsEntry("answer", "streamed 500").containsEntry("count", 500L).containsEntry("first", 0L)
                .containsEntry("last", 499L).containsEntry("ordered", true);
    }

    @Test
    void listenersAreReleasedWhenThePageReloads() {
        js("for (let i = 0; i < 50; i++) await t.listen('noise', () => {});");
        long before = (Long) js("return t.invoke('pageListeners')");
        assertThat(before).isGreaterThanOrEqualTo(50);
        for (int i = 0; i < 3; i++) {
            app.driver().navigate().refresh();
            new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
            js("for (let i = 0; i < 50; i++) await t.listen('noise', () => {});");
        }
        long after = (Long) js("return t.invoke('pageListeners')");
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Test
    void navigationAwayFromTheAppAndNewWindowsAreBlocked() {
        int windowsBefore = app.driver().getWindowHandles().size();
        Map<String, Object> r = map(js("""
                const a = document.createElement('a');
                a.href = 'https://example.com/blank'; a.target = '_blank';
                document.body.appendChild(a); a.click(); a.remove();
                const w = window.open('https://example.com/popup');
                await new Promise(r => setTimeout(r, 300));
                return { href: location.href, opened: w === null ? 'null' : 'window' };"""));
        assertThat(r).containsEntry("href", "tauri://localhost/index.html").containsEntry("opened", "null");
        js("setTimeout(() => { location.href = 'https://example.com/'; }, 0); return null;");
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(js("return location.href")).isEqualTo("tauri://localhost/index.html");
        assertThat(app.driver().getWindowHandles()).hasSize(windowsBefore);
    }

    @Test
    void aForgedIpcRequestWithABlobBodyIsRefusedAndTheAppSurvives() {
        // WebKitGTK 2.50 crashes while opening a Blob request body: a request without the invoke key is refused
        // before its body is touched.
        Map<String, Object> r = map(js("""
                const blob = new Blob([new Uint8Array(1024)], { type: 'application/octet-stream' });
                const res = await fetch('ipc://localhost/echoBytes', { method: 'POST', body: blob,
                                        headers: { 'Content-Type': 'application/octet-stream', 'Tauri-Window': 'main' } });
                const body = await res.json();
                return { status: res.status, code: body.code, after: await t.invoke('greet', { name: 'still here' }) };"""));
        assertThat(r).containsEntry("status", 403L).containsEntry("code", "FORBIDDEN");
        assertThat(map(r.get("after"))).containsEntry("text", "Hello, still here");
    }

    @Test
    @Order(100)
    void aSecondWindowHasItsOwnLabelAndTargetedEvents() {
        String mainHandle = app.driver().getWindowHandle();
        assertThat(js("return t.invoke('openSecond')")).isEqualTo("second");
        assertThat(js("return t.invoke('windowLabels')")).asList().contains("main", "second");
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() >= 2);
        String secondHandle = app.driver().getWindowHandles().stream().filter(h -> !h.equals(mainHandle)).findFirst().orElseThrow();
        app.driver().switchTo().window(secondHandle);
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ready: second"));
        assertThat(js("return t.invoke('whoami')")).isEqualTo("second");
        Map<String, Object> r = map(js("""
                const got = [];
                await t.listen('direct', (e) => got.push(e.payload.text), { target: 'second' });
                await t.invoke('emitTo', { label: 'main', text: 'not for me' });
                await t.invoke('emitTo', { label: 'second', text: 'for second' });
                await new Promise(r => setTimeout(r, 300));
                return { got };"""));
        assertThat(r.get("got")).asList().containsExactly("for second");
        app.driver().switchTo().window(mainHandle);
    }

    @Test
    @Order(102)
    void aDeclaredWindowOpensLaterAndKeepsItsSizeLimits() {
        String mainHandle = app.driver().getWindowHandle();
        java.util.Set<String> before = app.driver().getWindowHandles();
        assertThat(js("return t.invoke('openDeclared', { label: 'limits' })")).isEqualTo("limits");
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > before.size());
        String handle = app.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        app.driver().switchTo().window(handle);
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), "ready: limits"));
        org.openqa.selenium.Dimension start = app.driver().manage().window().getSize();
        assertThat(start.getWidth()).isEqualTo(500);
        assertThat(start.getHeight()).isEqualTo(400);
        app.driver().manage().window().setSize(new org.openqa.selenium.Dimension(100, 100));
        org.openqa.selenium.Dimension small = app.driver().manage().window().getSize();
        app.driver().manage().window().setSize(new org.openqa.selenium.Dimension(3000, 3000));
        org.openqa.selenium.Dimension large = app.driver().manage().window().getSize();
        assertThat(small.getWidth()).isGreaterThanOrEqualTo(400);
        assertThat(small.getHeight()).isGreaterThanOrEqualTo(300);
        assertThat(large.getWidth()).isLessThanOrEqualTo(640);
        assertThat(large.getHeight()).isLessThanOrEqualTo(480);
        app.driver().switchTo().window(mainHandle);
    }

    @Test
    @Order(101)
    void aNewWebDriverWindowIsAnAppWindow() {
        String mainHandle = app.driver().getWindowHandle();
        app.driver().switchTo().newWindow(WindowType.WINDOW);
        app.driver().get("tauri://localhost/second.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("ready: webdriver-\\d+")));
        assertThat((String) js("return t.invoke('whoami')")).startsWith("webdriver-");
        app.driver().close();
        app.driver().switchTo().window(mainHandle);
    }
}
