package dev.tauri4j.plugins.clipboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * What {@code transformImage} of {@code @tauri-apps/api/image} sends as {@code image} (Tauri's {@code JsImage}): the rid
 * of an {@code Image}, a file path, the bytes of a PNG or ICO file (a number array, or base64 as the bridge sends a
 * {@code Uint8Array}), or {@code {rgba, width, height}}.
 */
final class ImageArgument {

    /** The code of an image argument that is none of the shapes, or whose bytes or file are no image. */
    static final String INVALID_IMAGE = "INVALID_IMAGE";

    private ImageArgument() {}

    static Image resolve(JsonNode image, Resources resources) {
        if (image == null || image.isNull()) throw invalid("the argument 'image' is missing");
        try {
            if (image.isIntegralNumber()) return resources.get(image.intValue(), Image.class);
            if (image.isTextual()) {
                byte[] bytes = imageFileBytes(image.textValue());
                return bytes != null ? Image.decode(bytes) : Image.read(Path.of(image.textValue()));
            }
            if (image.isArray()) return Image.decode(numbers(image, "image"));
            if (image.isObject() && image.has("rgba")) {
                JsonNode rgba = image.get("rgba");
                byte[] pixels = rgba.isTextual() ? Base64.getDecoder().decode(rgba.textValue()) : numbers(rgba, "image.rgba");
                return Image.of(pixels, image.path("width").asInt(-1), image.path("height").asInt(-1));
            }
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        } catch (IOException e) {
            throw invalid("cannot read the image file " + image.textValue() + ": " + e);
        }
        throw invalid("'image' is " + image.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + "; send an Image, its rid, a file path, PNG/ICO bytes or {rgba, width, height}");
    }

    /** The decoded bytes when {@code text} is base64 of a PNG or ICO file; null when it is a path. */
    private static byte[] imageFileBytes(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean ico = bytes.length > 6 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0;
        return png || ico ? bytes : null;
    }

    private static byte[] numbers(JsonNode array, String name) {
        if (!array.isArray()) throw new IllegalArgumentException("'" + name + "' must be bytes (numbers 0..255)");
        byte[] out = new byte[array.size()];
        for (int i = 0; i < out.length; i++) {
            int v = array.get(i).asInt(-1);
            if (!array.get(i).isIntegralNumber() || v < 0 || v > 255) {
                throw new IllegalArgumentException("'" + name + "[" + i + "]' is " + array.get(i) + ", not a number 0..255");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static CommandException invalid(String message) {
        return new CommandException(INVALID_IMAGE, "invalid image: " + message);
    }
}
