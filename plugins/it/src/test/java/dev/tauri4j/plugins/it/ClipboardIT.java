package dev.tauri4j.plugins.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.plugin.Image;
import dev.tauri4j.test.TauriDriver;
import dev.tauri4j.test.VirtualDisplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clipboard-manager plugin through the unchanged {@code @tauri-apps/plugin-clipboard-manager} on a real X display:
 * what the page writes (text, HTML, images) is what another X client, {@code xclip}, reads from the {@code CLIPBOARD}
 * selection, and what xclip puts there is what the page reads back.
 */
class ClipboardIT {

    private static VirtualDisplay display;
    private static TauriDriver app;
    private final List<Process> owners = new ArrayList<>();

    @BeforeAll
    static void launch() throws IOException {
        Path dataHome = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "xdg-clipboard");
        display = VirtualDisplay.startXvfb();
        app = TauriDriver.start(PluginsIT.launcher(dataHome), display);
        PluginsIT.open(app);
    }

    @AfterAll
    static void close() {
        if (app != null) {
            System.out.println("---- app log ----\n" + app.appLog());
            app.close();
        }
        if (display != null) display.close();
    }

    @AfterEach
    void stopXclipOwners() {
        owners.forEach(Process::destroy);
    }

    @Test
    void textWrittenByThePageIsWhatXclipReads() throws Exception {
        assertThat(app.settle("window.clipboardApi.writeText('grüße from the page ✓')")).containsEntry("ok", true);
        assertThat(xclipOut()).isEqualTo("grüße from the page ✓");
        assertThat(app.settle("window.clipboardApi.readText()")).containsEntry("value", "grüße from the page ✓");
    }

    @Test
    void htmlIsOfferedAsTextHtmlWithItsAltTextAsPlainText() throws Exception {
        assertThat(app.settle("window.clipboardApi.writeHtml('<h1>Tauri <i>is</i> awesome</h1>', 'Tauri is awesome')"))
                .containsEntry("ok", true);
        assertThat(xclipOut("-t", "text/html")).isEqualTo("<h1>Tauri <i>is</i> awesome</h1>");
        assertThat(xclipOut()).isEqualTo("Tauri is awesome");
        assertThat(app.settle("window.clipboardApi.readText()")).containsEntry("value", "Tauri is awesome");
    }

    @Test
    void anImageFromThePageIsAPngForXclip() throws Exception {
        // 2x2: red, green / blue, half-transparent white
        assertThat(app.settle("""
                (async () => {
                  const image = await window.imageApi.Image.new(
                      new Uint8Array([255,0,0,255, 0,255,0,255, 0,0,255,255, 255,255,255,128]), 2, 2);
                  await window.clipboardApi.writeImage(image);
                })()""")).containsEntry("ok", true);
        Image png = Image.decode(xclipBytes("-t", "image/png"));
        assertThat(png.width()).isEqualTo(2);
        assertThat(png.rgba()).containsExactly(255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128);
    }

    @Test
    void textAndAnImageSetByXclipAreWhatThePageReads() throws Exception {
        xclipIn("text/plain", "set by xclip\nline two".getBytes(StandardCharsets.UTF_8));
        assertThat(app.settle("window.clipboardApi.readText()")).containsEntry("value", "set by xclip\nline two");

        xclipIn("image/png", java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="));
        Map<String, Object> r = app.settle("""
                (async () => {
                  const image = await window.clipboardApi.readImage();
                  return { size: await image.size(), rgba: Array.from(new Uint8Array(await image.rgba())) };
                })()""");
        assertThat(r).containsEntry("ok", true);
        assertThat(r.get("value")).isEqualTo(Map.of("size", Map.of("width", 1L, "height", 1L), "rgba", List.of(255L, 0L, 0L, 255L)));
    }

    @Test
    void clearLeavesXclipNothingAndAReadFailsSayingTheClipboardIsEmpty() throws Exception {
        app.settle("window.clipboardApi.writeText('soon gone')");
        assertThat(xclipOut()).isEqualTo("soon gone");
        assertThat(app.settle("window.clipboardApi.clear()")).containsEntry("ok", true);
        Process p = xclip("-o", "-selection", "clipboard");
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("not available");
        Map<String, Object> read = app.settle("window.clipboardApi.readText()");
        assertThat(read).containsEntry("ok", false);
        assertThat((String) read.get("error")).contains("clipboard is empty");
    }

    @Test
    void aWindowWithoutThePermissionsIsDeniedNamingThem() {
        PluginsIT.inBareWindow(app, () -> {
            Map<String, Object> r = app.settle("window.clipboardApi.readText()");
            assertThat(r).containsEntry("ok", false);
            assertThat((String) r.get("error")).contains("plugin:clipboard-manager|read_text").contains("\"clipboard-manager:allow-read-text\"");
        });
    }

    private static String xclipOut(String... target) throws Exception {
        return new String(xclipBytes(target), StandardCharsets.UTF_8);
    }

    private static byte[] xclipBytes(String... target) throws Exception {
        List<String> args = new ArrayList<>(List.of("-o", "-selection", "clipboard"));
        args.addAll(List.of(target));
        Process p = xclip(args.toArray(String[]::new));
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return out;
    }

    /** xclip owning the clipboard with {@code bytes} as {@code type}, in the foreground so that the test ends it. */
    private void xclipIn(String type, byte[] bytes) throws Exception {
        Process p = xclip("-i", "-quiet", "-selection", "clipboard", "-t", type);
        owners.add(p);
        p.getOutputStream().write(bytes);
        p.getOutputStream().close();
        // -quiet prints "Waiting for selection requests" on stderr once it owns the selection
        byte[] line = p.getErrorStream().readNBytes("Waiting".length());
        assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("Waiting");
    }

    private static Process xclip(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("xclip"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DISPLAY", display.name());
        try {
            return pb.start();
        } catch (IOException e) {
            throw new AssertionError("xclip is needed for this test: sudo apt-get install xclip", e);
        }
    }
}
