package dev.tauri4j.plugins.clipboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.testing.FakeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shape {@code transformImage} sends for {@code write_image}, and the errors for what is no image. */
class ImageArgumentTest {

    /** A 1x1 PNG with one opaque red pixel (what a PNG encoder writes for it). */
    static final String RED_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==";

    private final FakeWindow window = new FakeWindow("main");
    private final ObjectMapper json = new ObjectMapper();

    private Image resolve(String argument) throws Exception {
        JsonNode node = json.readTree(argument);
        return ImageArgument.resolve(node, window.resources());
    }

    @Test
    void aRidIsTheImageInTheWindowsTable() throws Exception {
        Image image = Image.of(new byte[] {1, 2, 3, 4}, 1, 1);
        int rid = window.resources().add(image);
        assertThat(resolve(String.valueOf(rid))).isSameAs(image);
    }

    @Test
    void base64PngBytesAndNumberArraysAreDecoded() throws Exception {
        assertThat(resolve("\"" + RED_PNG + "\"").rgba()).containsExactly(0xff, 0, 0, 0xff);
        StringBuilder numbers = new StringBuilder("[");
        for (byte b : Base64.getDecoder().decode(RED_PNG)) numbers.append(numbers.length() > 1 ? "," : "").append(b & 0xff);
        assertThat(resolve(numbers + "]").width()).isEqualTo(1);
    }

    @Test
    void aPathIsRead(@TempDir Path dir) throws Exception {
        Path png = Files.write(dir.resolve("red.png"), Base64.getDecoder().decode(RED_PNG));
        assertThat(resolve(json.writeValueAsString(png.toString())).rgba()).containsExactly(0xff, 0, 0, 0xff);
    }

    @Test
    void rawRgbaWithItsSize() throws Exception {
        Image image = resolve("{\"rgba\": [0, 255, 0, 255, 0, 0, 255, 255], \"width\": 2, \"height\": 1}");
        assertThat(image.width()).isEqualTo(2);
        assertThat(image.rgba()).containsExactly(0, 0xff, 0, 0xff, 0, 0, 0xff, 0xff);
    }

    @Test
    void whatIsNoImageFailsSayingWhy(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> resolve("{\"rgba\": [1, 2, 3], \"width\": 1, \"height\": 1}"))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.code()).isEqualTo("INVALID_IMAGE"))
                .hasMessageContaining("1x1 RGBA image has 4 bytes");
        assertThatThrownBy(() -> resolve("true")).hasMessageContaining("'image' is boolean");
        assertThatThrownBy(() -> resolve("[1, 300]")).hasMessageContaining("'image[1]' is 300");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");
        assertThatThrownBy(() -> resolve(json.writeValueAsString(text.toString()))).hasMessageContaining("notes.txt");
        assertThatThrownBy(() -> resolve(json.writeValueAsString(dir.resolve("missing.png").toString())))
                .hasMessageContaining("cannot read the image file").hasMessageContaining("missing.png");
    }
}
