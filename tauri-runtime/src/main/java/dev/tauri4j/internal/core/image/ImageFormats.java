package dev.tauri4j.internal.core.image;

/**
 * The image formats {@code Image.fromBytes}/{@code fromPath} read, as Tauri's image plugin (PNG and ICO), told apart by
 * their first bytes. Decoded here rather than with {@code javax.imageio}: that would put {@code java.desktop} in every
 * app's jlinked runtime, which otherwise needs {@code java.base} only.
 */
public final class ImageFormats {

    /** Decoded pixels: {@code width * height * 4} bytes of RGBA, rows top to bottom. */
    public record Decoded(byte[] rgba, int width, int height) {}

    /** The most pixels an image may have: its RGBA bytes must fit one Java array. */
    static final long MAX_PIXELS = (Integer.MAX_VALUE - 8) / 4;

    private ImageFormats() {}

    /**
     * Decodes PNG or ICO bytes.
     *
     * @throws IllegalArgumentException when they are neither format, or are damaged or unsupported
     */
    public static Decoded decode(byte[] bytes) {
        if (PngDecoder.isPng(bytes, 0)) return PngDecoder.decode(bytes, 0, bytes.length);
        if (IcoDecoder.isIco(bytes)) return IcoDecoder.decode(bytes);
        throw new IllegalArgumentException("the bytes are not a PNG or ICO image (the formats Tauri's image plugin reads); "
                + (bytes.length == 0 ? "there are none" : "they start with " + head(bytes)));
    }

    static void checkSize(long width, long height, String format) {
        if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the " + format + " image is " + width + "x" + height
                    + " pixels, which cannot be decoded (at most " + MAX_PIXELS + " pixels)");
        }
    }

    private static String head(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) s.append(String.format("%02x ", bytes[i] & 0xff));
        return s.toString().strip();
    }
}
