package dev.tauri4j.internal.core.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Image;
import java.io.IOException;
import java.nio.file.Path;

/** Tauri's JsImage argument, as tray and window icons take it: an image rid, a file path, PNG/ICO bytes or {rgba, width, height}. */
public final class JsImages {

    private JsImages() {}

    /** The image {@code image} names, or null for null; {@code what} names it in errors ("the tray icon's image"). */
    public static Image read(Invocation call, JsonNode image, String what) {
        if (image == null || image.isNull()) return null;
        try {
            if (image.isInt()) {
                if (call.window() == null) throw new CommandException("WINDOW_NOT_FOUND", call.command() + " needs the calling window's resource table");
                return call.window().resources().get(image.asInt(), Image.class);
            }
            if (image.isTextual()) return Image.read(Path.of(image.asText()));
            if (image.isArray()) return Image.decode(bytes(image));
            if (image.has("rgba")) return Image.of(bytes(image.get("rgba")), image.path("width").asInt(), image.path("height").asInt());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(ImageCommands.INVALID_IMAGE, what + ": " + e.getMessage());
        }
        throw new CommandException(ImageCommands.INVALID_IMAGE, what + " must be an Image, a path, file bytes or {rgba, width, height}");
    }

    private static byte[] bytes(JsonNode array) {
        byte[] bytes = new byte[array.size()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) array.get(i).asInt();
        return bytes;
    }
}
