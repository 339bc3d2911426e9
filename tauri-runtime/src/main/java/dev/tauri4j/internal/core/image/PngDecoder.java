package dev.tauri4j.internal.core.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG decoder on {@link Inflater}: every color type and bit depth of the PNG spec, palettes and {@code tRNS}
 * transparency, Adam7 interlacing; the result is 8-bit RGBA (16-bit samples scaled to 8 bits, rounding).
 */
final class PngDecoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // Adam7: x start, y start, x step, y step of each pass
    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4},
            {1, 0, 2, 2}, {0, 1, 1, 2}};

    private PngDecoder() {}

    static boolean isPng(byte[] b, int off) {
        if (b.length - off < SIGNATURE.length) return false;
        for (int i = 0; i < SIGNATURE.length; i++) if (b[off + i] != SIGNATURE[i]) return false;
        return true;
    }

    /** The header facts decoding needs. */
    private record Header(int width, int height, int depth, int colorType, boolean interlaced) {
        int channels() {
            return switch (colorType) {
                case 0, 3 -> 1;
                case 4 -> 2;
                case 2 -> 3;
                default -> 4;
            };
        }

        int bitsPerPixel() {
            return channels() * depth;
        }
    }

    static ImageFormats.Decoded decode(byte[] b, int off, int len) {
        int end = off + len;
        int pos = off + SIGNATURE.length;
        Header h = null;
        byte[] palette = null;
        byte[] trns = null;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        boolean ended = false;
        while (!ended) {
            if (end - pos < 12) throw damaged("it ends inside a chunk");
            int length = int32(b, pos);
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || end - pos - 12 < length) throw damaged("chunk " + type + " runs past the end");
            int data = pos + 8;
            CRC32 crc = new CRC32();
            crc.update(b, pos + 4, length + 4);
            if ((int) crc.getValue() != int32(b, data + length)) throw damaged("chunk " + type + " fails its CRC");
            switch (type) {
                case "IHDR" -> h = header(b, data, length);
                case "PLTE" -> palette = java.util.Arrays.copyOfRange(b, data, data + length);
                case "tRNS" -> trns = java.util.Arrays.copyOfRange(b, data, data + length);
                case "IDAT" -> idat.write(b, data, length);
                case "IEND" -> ended = true;
                default -> {
                    if (h == null) throw damaged("it does not start with IHDR");
                    if (Character.isUpperCase(type.charAt(0))) throw damaged("it has an unknown critical chunk " + type);
                }
            }
            if (h == null) throw damaged("it does not start with IHDR");
            pos = data + length + 4;
        }
        if (h.colorType() == 3 && (palette == null || palette.length % 3 != 0)) throw damaged("its palette is missing");
        byte[] raw = inflate(idat.toByteArray(), expectedSize(h));
        byte[] rgba = new byte[Math.multiplyExact(Math.multiplyExact(h.width(), h.height()), 4)];
        Pixels pixels = new Pixels(h, palette, trns, rgba);
        if (!h.interlaced()) {
            unfilter(raw, 0, h, h.width(), h.height(), (x, y, row, rowOff) -> pixels.put(x, y, row, rowOff, x));
        } else {
            int at = 0;
            for (int[] p : ADAM7) {
                int w = passSize(h.width(), p[0], p[2]);
                int ht = passSize(h.height(), p[1], p[3]);
                if (w == 0 || ht == 0) continue;
                at = unfilter(raw, at, h, w, ht, (x, y, row, rowOff) -> pixels.put(p[0] + x * p[2], p[1] + y * p[3], row, rowOff, x));
            }
        }
        return new ImageFormats.Decoded(rgba, h.width(), h.height());
    }

    private static Header header(byte[] b, int data, int length) {
        if (length != 13) throw damaged("its IHDR chunk is " + length + " bytes long");
        long width = int32(b, data) & 0xffffffffL;
        long height = int32(b, data + 4) & 0xffffffffL;
        int depth = b[data + 8] & 0xff;
        int colorType = b[data + 9] & 0xff;
        int interlace = b[data + 12] & 0xff;
        ImageFormats.checkSize(width, height, "PNG");
        boolean ok = switch (colorType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
        if (!ok) throw damaged("color type " + colorType + " with " + depth + "-bit samples does not exist in PNG");
        if (b[data + 10] != 0 || b[data + 11] != 0 || interlace > 1) throw damaged("it names an unknown compression, filter or interlace method");
        return new Header((int) width, (int) height, depth, colorType, interlace == 1);
    }

    private static long expectedSize(Header h) {
        if (!h.interlaced()) return (long) h.height() * (1 + stride(h, h.width()));
        long n = 0;
        for (int[] p : ADAM7) {
            int w = passSize(h.width(), p[0], p[2]);
            int ht = passSize(h.height(), p[1], p[3]);
            if (w > 0) n += (long) ht * (1 + stride(h, w));
        }
        return n;
    }

    private static int passSize(int size, int start, int step) {
        return size <= start ? 0 : (size - start + step - 1) / step;
    }

    private static int stride(Header h, int width) {
        return (int) (((long) width * h.bitsPerPixel() + 7) / 8);
    }

    private static byte[] inflate(byte[] compressed, long expected) {
        if (expected > Integer.MAX_VALUE - 8) throw damaged("its pixel data would not fit in memory");
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[(int) expected];
            int n = 0;
            while (n < out.length) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0) {
                    if (inflater.finished() || inflater.needsInput()) throw damaged("its pixel data is " + n + " bytes, not " + expected);
                    if (inflater.needsDictionary()) throw damaged("its pixel data needs a preset dictionary");
                }
                n += got;
            }
            return out;
        } catch (DataFormatException e) {
            throw damaged("its pixel data does not inflate: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** Receives each pixel of a row once that row is unfiltered. */
    private interface PixelSink {
        void pixel(int x, int y, byte[] row, int rowOff);
    }

    /** Unfilters {@code height} rows of {@code width} pixels starting at {@code at}; returns where the next pass starts. */
    private static int unfilter(byte[] raw, int at, Header h, int width, int height, PixelSink sink) {
        int stride = stride(h, width);
        int bpp = Math.max(1, h.bitsPerPixel() / 8);
        byte[] prev = new byte[stride];
        byte[] row = new byte[stride];
        for (int y = 0; y < height; y++) {
            int filter = raw[at] & 0xff;
            System.arraycopy(raw, at + 1, row, 0, stride);
            at += 1 + stride;
            for (int i = 0; i < stride; i++) {
                int a = i >= bpp ? row[i - bpp] & 0xff : 0;
                int up = prev[i] & 0xff;
                int c = i >= bpp ? prev[i - bpp] & 0xff : 0;
                int add = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> up;
                    case 3 -> (a + up) >>> 1;
                    case 4 -> paeth(a, up, c);
                    default -> throw damaged("row " + y + " has the unknown filter type " + filter);
                };
                row[i] = (byte) (row[i] + add);
            }
            for (int x = 0; x < width; x++) sink.pixel(x, y, row, 0);
            byte[] t = prev;
            prev = row;
            row = t;
        }
        return at;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /** Turns the samples of one pixel into RGBA at its place in the image. */
    private record Pixels(Header h, byte[] palette, byte[] trns, byte[] rgba) {
        void put(int px, int py, byte[] row, int rowOff, int indexInRow) {
            int ch = h.channels();
            int o = (py * h.width() + px) * 4;
            int s0 = sample(row, indexInRow * ch);
            switch (h.colorType()) {
                case 0 -> {
                    int g = to8(s0);
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = (byte) g;
                    rgba[o + 3] = (byte) (trns != null && trns.length >= 2 && s0 == u16(trns, 0) ? 0 : 255);
                }
                case 3 -> {
                    if (s0 * 3 + 2 >= palette.length) throw damaged("a pixel names palette entry " + s0 + ", which does not exist");
                    rgba[o] = palette[s0 * 3];
                    rgba[o + 1] = palette[s0 * 3 + 1];
                    rgba[o + 2] = palette[s0 * 3 + 2];
                    rgba[o + 3] = trns != null && s0 < trns.length ? trns[s0] : (byte) 255;
                }
                case 4 -> {
                    int g = to8(s0);
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = (byte) g;
                    rgba[o + 3] = (byte) to8(sample(row, indexInRow * ch + 1));
                }
                case 2 -> {
                    int s1 = sample(row, indexInRow * ch + 1);
                    int s2 = sample(row, indexInRow * ch + 2);
                    rgba[o] = (byte) to8(s0);
                    rgba[o + 1] = (byte) to8(s1);
                    rgba[o + 2] = (byte) to8(s2);
                    boolean clear = trns != null && trns.length >= 6 && s0 == u16(trns, 0) && s1 == u16(trns, 2) && s2 == u16(trns, 4);
                    rgba[o + 3] = (byte) (clear ? 0 : 255);
                }
                default -> {
                    rgba[o] = (byte) to8(s0);
                    rgba[o + 1] = (byte) to8(sample(row, indexInRow * ch + 1));
                    rgba[o + 2] = (byte) to8(sample(row, indexInRow * ch + 2));
                    rgba[o + 3] = (byte) to8(sample(row, indexInRow * ch + 3));
                }
            }
        }

        /** Sample number {@code i} of a row, at the image's bit depth. */
        private int sample(byte[] row, int i) {
            int d = h.depth();
            if (d == 8) return row[i] & 0xff;
            if (d == 16) return u16(row, i * 2);
            int bit = i * d;
            return ((row[bit >>> 3] & 0xff) >>> (8 - d - (bit & 7))) & ((1 << d) - 1);
        }

        /** A sample scaled to 8 bits; palette indices are never scaled. */
        private int to8(int s) {
            int d = h.depth();
            if (d == 8 || h.colorType() == 3) return s;
            if (d == 16) return (s + 128) / 257;
            return s * 255 / ((1 << d) - 1);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    private static IllegalArgumentException damaged(String why) {
        return new IllegalArgumentException("the PNG image is damaged or unsupported: " + why);
    }
}
