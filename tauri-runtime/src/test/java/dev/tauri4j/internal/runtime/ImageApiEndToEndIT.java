package dev.tauri4j.internal.runtime;

import static dev.tauri4j.internal.runtime.WindowApiSession.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code @tauri-apps/api/image} and {@code Resource.close()} from the unchanged npm package, in a real window: images
 * made from RGBA and from PNG bytes, their size and pixels read back, closed, and gone with their page on a reload.
 */
class ImageApiEndToEndIT {

    private static WindowApiSession s;

    @BeforeAll
    static void launch() throws IOException {
        s = WindowApiSession.start(null, () -> "");
    }

    @AfterAll
    static void close() {
        if (s != null) s.close();
    }

    private static List<Long> unsigned(byte[] bytes) {
        List<Long> out = new ArrayList<>();
        for (byte b : bytes) out.add((long) (b & 0xff));
        return out;
    }

    @Test
    void anImageFromRgbaHasItsSizeAndPixelsAndAClosedOneIsGone() {
        Map<String, Object> r = map(s.js("""
                const { Image } = window.api.image;
                const img = await Image.new(new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128]), 2, 1);
                const size = await img.size();
                const rgba = await img.rgba();
                const out = { rid: img.rid, size, rgba: Array.from(rgba), isBytes: rgba instanceof Uint8Array };
                await img.close();
                try { await img.size(); out.after = 'still there'; } catch (e) { out.after = { code: e.code, message: e.message }; }
                try { await img.close(); out.again = 'closed twice'; } catch (e) { out.again = e.code; }
                return out;"""));
        assertThat(map(r.get("size"))).containsEntry("width", 2L).containsEntry("height", 1L);
        assertThat(r.get("rgba")).isEqualTo(List.of(255L, 0L, 0L, 255L, 0L, 255L, 0L, 128L));
        assertThat(r.get("isBytes")).isEqualTo(true);
        long rid = (Long) r.get("rid");
        assertThat(rid).isPositive();
        assertThat(map(r.get("after"))).containsEntry("code", "BAD_RESOURCE_ID")
                .containsEntry("message", "resource " + rid + " does not exist in window 'main': it was closed, freed with its page, "
                        + "or belongs to another window");
        assertThat(r.get("again")).isEqualTo("BAD_RESOURCE_ID");
    }

    @Test
    void pngBytesDecodeToTheirPixels() throws IOException {
        BufferedImage png = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        byte[] expected = new byte[3 * 2 * 4];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int argb = (40 + x * 60) << 24 | (x * 100) << 16 | (y * 200) << 8 | 77;
                png.setRGB(x, y, argb);
                int o = (y * 3 + x) * 4;
                expected[o] = (byte) (argb >> 16);
                expected[o + 1] = (byte) (argb >> 8);
                expected[o + 2] = (byte) argb;
                expected[o + 3] = (byte) (argb >>> 24);
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImageIO.write(png, "png", file);
        Map<String, Object> r = map(s.js("""
                const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                const img = await window.api.image.Image.fromBytes(bytes);
                const out = { size: await img.size(), rgba: Array.from(await img.rgba()) };
                await img.close();
                try { await window.api.image.Image.fromBytes(new Uint8Array([71, 73, 70, 56, 57, 97])); }
                catch (e) { out.gif = { code: e.code, message: e.message }; }
                return out;""", Base64.getEncoder().encodeToString(file.toByteArray())));
        assertThat(map(r.get("size"))).containsEntry("width", 3L).containsEntry("height", 2L);
        assertThat(r.get("rgba")).isEqualTo(unsigned(expected));
        assertThat(map(r.get("gif"))).containsEntry("code", "INVALID_IMAGE");
        assertThat((String) map(r.get("gif")).get("message")).contains("not a PNG or ICO image");
    }

    @Test
    void aReloadFreesThePagesImages() {
        long rid = (Long) s.js("""
                const img = await window.api.image.Image.new(new Uint8Array([1, 2, 3, 4]), 1, 1);
                return img.rid;""");
        assertThat(map(s.invoke("plugin:image|size", Map.of("rid", rid)))).containsEntry("width", 1L);
        s.driver().driver().navigate().refresh();
        new WebDriverWait(s.driver().driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("status"), "ready: main"));
        Map<String, Object> r = map(s.js("""
                try { await window.__TAURI_INTERNALS__.invoke('plugin:image|size', { rid: arguments[0] }); return { code: 'still there' }; }
                catch (e) { return { code: e.code, message: e.message }; }""", rid));
        assertThat(r).containsEntry("code", "BAD_RESOURCE_ID");
        assertThat((String) r.get("message")).startsWith("resource " + rid + " does not exist in window 'main'");
    }
}
