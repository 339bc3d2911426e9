package dev.tauri4j.plugin;

import dev.tauri4j.internal.core.image.ImageFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * An RGBA image (8 bits a channel, rows top to bottom), as Tauri's {@code Image}: what {@code @tauri-apps/api/image}
 * makes and what window icons, tray icons, menu icons and clipboard images take. Immutable; in a
 * {@link Resources} table it is the resource behind an {@code Image} handle in JS.
 */
public final class Image {

    private final byte[] rgba;
    private final int width;
    private final int height;

    private Image(byte[] rgba, int width, int height) {
        this.rgba = rgba;
        this.width = width;
        this.height = height;
    }

    /**
     * An image of {@code width} x {@code height} pixels from raw RGBA bytes (copied).
     *
     * @throws IllegalArgumentException when {@code rgba} does not hold exactly {@code width * height * 4} bytes
     */
    public static Image of(byte[] rgba, int width, int height) {
        Objects.requireNonNull(rgba, "rgba");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("an image cannot be " + width + "x" + height + " pixels");
        }
        long expected = 4L * width * height;
        if (rgba.length != expected) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGBA image has " + expected
                    + " bytes (4 a pixel), but " + rgba.length + " were given");
        }
        return new Image(rgba.clone(), width, height);
    }

    /**
     * Decodes a PNG or ICO file's bytes (the formats Tauri's image plugin reads; of an ICO, its largest entry).
     *
     * @throws IllegalArgumentException when the bytes are neither, or are damaged
     */
    public static Image decode(byte[] bytes) {
        ImageFormats.Decoded d = ImageFormats.decode(Objects.requireNonNull(bytes, "bytes"));
        return new Image(d.rgba(), d.width(), d.height());
    }

    /**
     * Reads and decodes a PNG or ICO file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file when it is neither format, or is damaged
     */
    public static Image read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /** A copy of the pixels: {@code width * height * 4} bytes, R, G, B, A for each pixel, rows top to bottom. */
    public byte[] rgba() {
        return rgba.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.width == width && i.height == height && Arrays.equals(i.rgba, rgba);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgba);
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + "]";
    }
}
