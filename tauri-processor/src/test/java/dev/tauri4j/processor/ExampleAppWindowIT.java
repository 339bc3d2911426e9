package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.processor.example.ExampleApp;
import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example app, compiled by Maven with the processor, in a real GTK window under Xvfb: its page calls every
 * command through the generated bindings.ts, transpiled to JavaScript by tsc. The app registers no command by
 * hand; they all come from the generated registrar, found through {@code META-INF/services}.
 */
class ExampleAppWindowIT {

    private static final Path ASSETS = Path.of("target/example-app/assets").toAbsolutePath();
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws Exception {
        prepareAssets();
        Path config = Path.of("target/test-classes/example-app/tauri.conf.json").toAbsolutePath();
        app = TauriDriver.start(AppLauncher.mainClass(ExampleApp.class)
                .jvmArgs("-Dtauri.config=" + config, "-Dexample.assets=" + ASSETS));
        app.driver().get("tauri://localhost/index.html");
        new WebDriverWait(app.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready"));
    }

    /** The page, the real @tauri-apps/api as ES modules, and bindings.js that tsc makes from the generated bindings.ts. */
    private static void prepareAssets() throws Exception {
        Tsc.Run run = Tsc.run(Tsc.workspace("transpile"), "bindings.ts", "--outDir", ASSETS.toString(), "--target", "ES2022",
                "--module", "ESNext", "--moduleResolution", "bundler", "--lib", "ESNext,DOM", "--strict");
        assertThat(run.output()).isEmpty();
        assertThat(run.exit()).isZero();
        copyTree(Path.of("target/test-classes/example-app/assets"), ASSETS, p -> true);
        copyTree(Tsc.NPM.resolve("node_modules/@tauri-apps/api"), ASSETS.resolve("vendor/tauri-api"),
                p -> p.toString().endsWith(".js"));
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(include).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
    }

    private static Object js(String body) {
        return app.executeAsync(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void typingAndClickingCallsGreetThroughTheBindings() throws Exception {
        app.driver().findElement(By.id("name")).sendKeys("Selenium");
        app.driver().findElement(By.id("go")).click();
        new WebDriverWait(app.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textMatches(By.id("out"), Pattern.compile("Hello, Selenium! \\(8\\)")));
        Path shot = Path.of("target/screenshots/example-app.png");
        Files.createDirectories(shot.getParent());
        byte[] png = app.screenshotPng();
        Files.write(shot, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // the page's light blue fills the corner: the window really rendered it
        assertThat(image.getRGB(5, image.getHeight() - 5) & 0xffffff).isEqualTo(0xe6f4ff);
    }

    @Test
    void recordsEnumsOptionalsAndNullsRoundTrip() {
        Map<String, Object> r = map(js("""
                const added = await b.addTodo('write tests', ['java', 'ts'], 'HIGH', 'soon');
                const minimal = await b.addTodo('rest', []);
                return { added, minimal, all: await b.todos(), found: await b.findTodo(added.id),
                         missing: await b.findTodo(999), counts: await b.countByPriority(), page: await b.todoPage(1, 5) };"""));
        Map<String, Object> added = map(r.get("added"));
        assertThat(added).containsEntry("title", "write tests").containsEntry("tags", List.of("java", "ts"))
                .containsEntry("priority", "HIGH").containsEntry("note", "soon");
        assertThat(map(r.get("minimal"))).containsEntry("priority", "NORMAL").containsEntry("note", null)
                .containsEntry("tags", List.of());
        assertThat((List<?>) r.get("all")).hasSize(2);
        assertThat(map(r.get("found"))).isEqualTo(added);
        assertThat(r.get("missing")).isNull();
        assertThat(map(r.get("counts"))).isEqualTo(Map.of("HIGH", 1L, "NORMAL", 1L));
        assertThat(map(r.get("page"))).containsEntry("total", 2L).containsEntry("items", List.of(r.get("minimal")));
    }

    @Test
    void bytesTravelAsBinaryBothWays() {
        Map<String, Object> r = map(js("""
                const data = new Uint8Array(1024 * 1024);
                for (let i = 0; i < data.length; i++) data[i] = (i * 13 + 1) & 0xff;
                const made = await b.makeBytes(1000);
                const joined = await b.concat(new Uint8Array([1, 2]), new Uint8Array([250, 251, 252]));
                return { sum: await b.checksum(data), madeIsBytes: made instanceof Uint8Array, madeLength: made.length,
                         made5: made[5], joined: Array.from(joined), joinedIsBytes: joined instanceof Uint8Array };"""));
        long expected = 0;
        for (int i = 0; i < 1024 * 1024; i++) expected = (expected * 31 + ((i * 13 + 1) & 0xff)) % 1_000_000_007L;
        assertThat(r).containsEntry("sum", expected).containsEntry("madeIsBytes", true).containsEntry("madeLength", 1000L)
                .containsEntry("made5", (long) ((5 * 7 + 3) & 0xff)).containsEntry("joinedIsBytes", true)
                .containsEntry("joined", List.of(1L, 2L, 250L, 251L, 252L));
    }

    @Test
    void aChannelParameterStreamsRecordsToTheCallback() {
        Map<String, Object> r = map(js("""
                const seen = [];
                const answer = await b.countdown(new Channel((step) => seen.push(step)), 5);
                const t0 = Date.now();
                while (seen.length < 5 && Date.now() - t0 < 5000) await new Promise(r => setTimeout(r, 10));
                return { answer, seen };"""));
        assertThat(r.get("answer")).isEqualTo("step done");
        assertThat((List<?>) r.get("seen")).hasSize(5).first().isEqualTo(Map.of("remaining", 4L, "label", "step 5"));
    }

    @Test
    void aCommandExceptionRejectsWithItsCodeMessageAndData() {
        Map<String, Object> error = map(js("try { await b.failWith('E_QUOTA'); return 'resolved'; } catch (e) { return e; }"));
        assertThat(error).containsEntry("code", "E_QUOTA").containsEntry("message", "failed on purpose")
                .containsEntry("data", Map.of("hint", "look here"));
    }

    @Test
    void injectedParametersNamesFuturesAndCollections() {
        Map<String, Object> r = map(js("""
                const first = await b.increment();
                return { who: await b.whoami(), first, second: await b.increment(), later: await b.later(20),
                         sum: await b.sumAll([1, 2, 3]), sumFrom: await b.sumAll([1], 10), tally: await b.tally({ a: 1, b: 2 }) };"""));
        assertThat(r).containsEntry("who", "main").containsEntry("later", "later 20").containsEntry("sum", 6L)
                .containsEntry("sumFrom", 11L).containsEntry("tally", 3L);
        assertThat((Long) r.get("second")).isEqualTo((Long) r.get("first") + 1);
    }
}
