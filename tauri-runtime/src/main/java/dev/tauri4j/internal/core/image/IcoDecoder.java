package dev.tauri4j.internal.core.image;

/**
 * An ICO decoder: picks the largest entry (the most pixels, then the most bits a pixel), as Tauri's image crate does,
 * and decodes it: an embedded PNG, or a Windows DIB of 32 bits (BGRA), 24 bits or 1/4/8-bit palette colors with its
 * AND transparency mask.
 */
final class IcoDecoder {

    private IcoDecoder() {}

    static boolean isIco(byte[] b) {
        return b.length >= 6 && u16(b, 0) == 0 && u16(b, 2) == 1 && u16(b, 4) > 0;
    }

    static ImageFormats.Decoded decode(byte[] b) {
        int count = u16(b, 4);
        if (b.length < 6 + 16 * count) throw damaged("its directory of " + count + " images runs past the end");
        int best = -1;
        long bestScore = -1;
        for (int i = 0; i < count; i++) {
            int e = 6 + 16 * i;
            long w = b[e] == 0 ? 256 : b[e] & 0xff;
            long h = b[e + 1] == 0 ? 256 : b[e + 1] & 0xff;
            long score = (w * h) << 8 | Math.min(255, u16(b, e + 6));
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        long size = u32(b, best + 8);
        long offset = u32(b, best + 12);
        if (offset < 6 + 16L * count || offset + size > b.length || size < 8) throw damaged("an image's data lies outside the file");
        int off = (int) offset;
        if (PngDecoder.isPng(b, off)) return PngDecoder.decode(b, off, (int) size);
        return dib(b, off, (int) size);
    }

    /** A BITMAPINFOHEADER image whose height counts the color rows and the AND mask's rows. */
    private static ImageFormats.Decoded dib(byte[] b, int off, int size) {
        int end = off + size;
        if (size < 40 || u32(b, off) < 40) throw damaged("an image is neither PNG nor a Windows bitmap");
        int headerSize = (int) u32(b, off);
        int width = s32(b, off + 4);
        int height = Math.abs(s32(b, off + 8)) / 2;
        boolean topDown = s32(b, off + 8) < 0;
        int bits = u16(b, off + 14);
        long compression = u32(b, off + 16);
        long colorsUsed = u32(b, off + 32);
        ImageFormats.checkSize(width, height, "ICO");
        if (compression != 0 && !(compression == 3 && bits == 32)) {
            throw damaged("an image uses bitmap compression " + compression + ", which icons do not use");
        }
        if (bits != 1 && bits != 4 && bits != 8 && bits != 24 && bits != 32) throw damaged("an image has " + bits + " bits a pixel");
        int paletteAt = off + headerSize + (compression == 3 && headerSize == 40 ? 12 : 0);
        int colors = bits <= 8 ? (colorsUsed == 0 || colorsUsed > (1L << bits) ? 1 << bits : (int) colorsUsed) : 0;
        int pixelsAt = paletteAt + 4 * colors;
        long xorStride = ((long) width * bits + 31) / 32 * 4;
        long andStride = ((long) width + 31) / 32 * 4;
        long xorEnd = pixelsAt + xorStride * height;
        if (xorEnd > end) throw damaged("an image's pixels run past its end");
        boolean hasMask = xorEnd + andStride * height <= end;
        byte[] rgba = new byte[width * height * 4];
        boolean anyAlpha = false;
        for (int y = 0; y < height; y++) {
            int row = pixelsAt + (int) (xorStride * (topDown ? y : height - 1 - y));
            for (int x = 0; x < width; x++) {
                int o = (y * width + x) * 4;
                int p;
                switch (bits) {
                    case 32 -> {
                        p = row + x * 4;
                        rgba[o + 3] = b[p + 3];
                        anyAlpha |= b[p + 3] != 0;
                    }
                    case 24 -> p = row + x * 3;
                    default -> {
                        int bit = x * bits;
                        int index = ((b[row + (bit >>> 3)] & 0xff) >>> (8 - bits - (bit & 7))) & ((1 << bits) - 1);
                        if (index >= colors) throw damaged("a pixel names palette entry " + index + ", which does not exist");
                        p = paletteAt + 4 * index;
                    }
                }
                rgba[o] = b[p + 2];
                rgba[o + 1] = b[p + 1];
                rgba[o + 2] = b[p];
            }
        }
        // a 32-bit entry carries its own alpha; the others (and 32-bit ones whose alpha is all zero) use the AND mask
        if (!anyAlpha) {
            for (int y = 0; y < height; y++) {
                int row = (int) (xorEnd + andStride * (topDown ? y : height - 1 - y));
                for (int x = 0; x < width; x++) {
                    boolean clear = hasMask && ((b[row + (x >>> 3)] >>> (7 - (x & 7))) & 1) == 1;
                    rgba[(y * width + x) * 4 + 3] = (byte) (clear ? 0 : 255);
                }
            }
        }
        return new ImageFormats.Decoded(rgba, width, height);
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return s32(b, i) & 0xffffffffL;
    }

    private static int s32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static IllegalArgumentException damaged(String why) {
        return new IllegalArgumentException("the ICO image is damaged or unsupported: " + why);
    }
}
