package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Encodes images as 8-bit RGBA PNGs in memory. */
final class Png {

    private Png() {
    }

    /** The PNG bytes of {@code argb}, which must be {@code TYPE_INT_ARGB} so the PNG gets an alpha channel. */
    static byte[] encode(BufferedImage argb) {
        if (argb.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("expected TYPE_INT_ARGB, got image type " + argb.getType());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(argb, "png", out)) {
                throw new IllegalStateException("this JDK has no PNG encoder");
            }
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail, so this is a bug rather than the user's problem
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
