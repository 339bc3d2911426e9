package dev.tauri4j.test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openqa.selenium.Rectangle;

/** Cuts an element out of a full-page PNG; WebDriver rects are CSS pixels, screenshots device pixels. */
final class Screenshots {

    private Screenshots() {
    }

    static byte[] crop(byte[] png, Rectangle cssRect, double devicePixelRatio) {
        BufferedImage full = decode(png);
        int x = clamp((int) Math.floor(cssRect.getX() * devicePixelRatio), full.getWidth());
        int y = clamp((int) Math.floor(cssRect.getY() * devicePixelRatio), full.getHeight());
        int width = clamp((int) Math.ceil(cssRect.getWidth() * devicePixelRatio), full.getWidth() - x);
        int height = clamp((int) Math.ceil(cssRect.getHeight() * devicePixelRatio), full.getHeight() - y);
        if (width == 0 || height == 0) {
            throw new IllegalArgumentException("The element " + cssRect.getDimension() + " at " + cssRect.getPoint()
                    + " lies outside the " + full.getWidth() + "x" + full.getHeight() + " screenshot");
        }
        return encode(full.getSubimage(x, y, width, height));
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("Not an image ImageIO can read (" + png.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
