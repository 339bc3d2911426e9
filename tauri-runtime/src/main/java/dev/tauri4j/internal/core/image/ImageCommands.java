package dev.tauri4j.internal.core.image;

import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code plugin:image|*} commands that {@code @tauri-apps/api/image} sends. As in Tauri, a new image goes into the
 * calling window's resource table and JS gets its rid; {@code rgba} answers raw bytes (an {@code ArrayBuffer}).
 */
public final class ImageCommands {

    /** A failure to make an image from what JS sent: bad dimensions, bytes that are no PNG or ICO, an unreadable file. */
    public static final String INVALID_IMAGE = "INVALID_IMAGE";

    private ImageCommands() {}

    public static void register(CommandRegistry registry) {
        registry.handler("new", call -> add(call, image(() -> Image.of(call.arg("rgba", byte[].class),
                call.arg("width", Integer.class), call.arg("height", Integer.class)))));
        registry.handler("from_bytes", call -> add(call, image(() -> Image.decode(call.arg("bytes", byte[].class)))));
        registry.handler("from_path", call -> add(call, image(() -> Image.read(Path.of(call.arg("path", String.class))))));
        registry.handler("rgba", call -> table(call).get(call.arg("rid", Integer.class), Image.class).rgba());
        registry.handler("size", call -> {
            Image image = table(call).get(call.arg("rid", Integer.class), Image.class);
            return Map.of("width", image.width(), "height", image.height());
        });
    }

    private static int add(Invocation call, Image image) {
        return table(call).add(image);
    }

    private static Resources table(Invocation call) {
        if (call.window() == null) throw new CommandException("WINDOW_NOT_FOUND", call.command() + " needs the calling window's resource table");
        return call.window().resources();
    }

    /** What builds an image from a call's arguments. */
    private interface Maker {
        Image make() throws IOException;
    }

    private static Image image(Maker maker) {
        try {
            return maker.make();
        } catch (IllegalArgumentException e) {
            throw new CommandException(INVALID_IMAGE, e.getMessage());
        } catch (IOException e) {
            throw new CommandException(INVALID_IMAGE, "cannot read the image file: " + e, null, e);
        }
    }
}
