package dev.tauri4j.internal.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.plugin.Image;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The PNG and ICO decoders against files the JDK's own PNG writer makes (every color type it writes, its adaptive row
 * filters, Adam7 interlacing) and ICO files built here byte by byte; expected pixels come from the source images.
 */
class ImageFormatsTest {

    private static final Random RANDOM = new Random(42);

    private static byte[] png(BufferedImage image, boolean interlaced) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    /** What the decoder must give for {@code image}: its pixels as 8-bit RGBA, from the raster, without color conversion. */
    private static byte[] expected(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 4];
        WritableRaster r = image.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int o = (y * w + x) * 4;
                switch (image.getType()) {
                    case BufferedImage.TYPE_BYTE_GRAY -> {
                        out[o] = out[o + 1] = out[o + 2] = (byte) r.getSample(x, y, 0);
                        out[o + 3] = (byte) 255;
                    }
                    case BufferedImage.TYPE_USHORT_GRAY -> {
                        out[o] = out[o + 1] = out[o + 2] = (byte) ((r.getSample(x, y, 0) + 128) / 257);
                        out[o + 3] = (byte) 255;
                    }
                    default -> {
                        int argb = image.getColorModel().getRGB(r.getDataElements(x, y, null));
                        out[o] = (byte) (argb >> 16);
                        out[o + 1] = (byte) (argb >> 8);
                        out[o + 2] = (byte) argb;
                        out[o + 3] = (byte) (argb >>> 24);
                    }
                }
            }
        }
        return out;
    }

    private static BufferedImage noise(BufferedImage image) {
        WritableRaster r = image.getRaster();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int b = 0; b < r.getNumBands(); b++) {
                    // smooth gradients plus noise, so that every row filter wins somewhere
                    int v = (x * 7 + y * 3 + b * 50 + (RANDOM.nextInt(4) == 0 ? RANDOM.nextInt(max + 1) : 0)) % (max + 1);
                    r.setSample(x, y, b, image.getColorModel() instanceof IndexColorModel icm ? v % icm.getMapSize() : v);
                }
            }
        }
        return image;
    }

    private static IndexColorModel palette(int bits, boolean alpha) {
        int n = 1 << bits;
        byte[] red = new byte[n];
        byte[] green = new byte[n];
        byte[] blue = new byte[n];
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
            red[i] = (byte) (i * 37);
            green[i] = (byte) (255 - i * 11);
            blue[i] = (byte) (i * 91);
            a[i] = (byte) (alpha ? i * 255 / Math.max(1, n - 1) : 255);
        }
        return alpha ? new IndexColorModel(bits, n, red, green, blue, a) : new IndexColorModel(bits, n, red, green, blue);
    }

    private static void roundTrips(BufferedImage image) throws IOException {
        for (boolean interlaced : new boolean[] {false, true}) {
            ImageFormats.Decoded d = ImageFormats.decode(png(image, interlaced));
            assertThat(d.width()).isEqualTo(image.getWidth());
            assertThat(d.height()).isEqualTo(image.getHeight());
            assertThat(d.rgba()).as("type %d, interlaced %s", image.getType(), interlaced).isEqualTo(expected(image));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_4BYTE_ABGR})
    void pngColorTypesDecodeToTheirPixels(int type) throws IOException {
        roundTrips(noise(new BufferedImage(37, 23, type)));
        roundTrips(noise(new BufferedImage(1, 1, type)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void palettePngsWithAndWithoutTransparencyDecode(int bits) throws IOException {
        int type = bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY;
        for (boolean alpha : new boolean[] {false, true}) {
            roundTrips(noise(new BufferedImage(29, 17, type, palette(bits, alpha))));
        }
    }

    @Test
    void damagedPngsFailWithTheReason() throws IOException {
        byte[] good = png(noise(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB)), false);
        byte[] crc = good.clone();
        crc[20] ^= 1; // inside IHDR
        assertThatThrownBy(() -> ImageFormats.decode(crc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PNG image is damaged or unsupported: chunk IHDR fails its CRC");
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 20);
        assertThatThrownBy(() -> ImageFormats.decode(cut)).hasMessageStartingWith("the PNG image is damaged or unsupported:");
        assertThatThrownBy(() -> ImageFormats.decode(new byte[0])).hasMessageContaining("not a PNG or ICO image");
        assertThatThrownBy(() -> Image.decode("GIF89a".getBytes())).hasMessageContaining("start with 47 49 46 38 39 61");
    }

    // ---- ICO: a directory, then each image as PNG bytes or a DIB (BITMAPINFOHEADER, bottom-up rows, AND mask)

    private record Entry(int width, int height, int bits, byte[] data) {}

    private static byte[] ico(Entry... entries) {
        int offset = 6 + 16 * entries.length;
        int total = offset;
        for (Entry e : entries) total += e.data().length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) entries.length);
        for (Entry e : entries) {
            b.put((byte) (e.width() & 0xff)).put((byte) (e.height() & 0xff)).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) e.bits()).putInt(e.data().length).putInt(offset);
            offset += e.data().length;
        }
        for (Entry e : entries) b.put(e.data());
        return b.array();
    }

    /** A DIB of {@code bits} (32, 24 or 8) for the ARGB pixels {@code argb[y][x]}; alpha 0 sets the AND mask bit. */
    private static byte[] dib(int bits, int[][] argb, boolean keepAlpha) {
        int h = argb.length;
        int w = argb[0].length;
        int colors = bits == 8 ? 256 : 0;
        int xorStride = (w * bits + 31) / 32 * 4;
        int andStride = (w + 31) / 32 * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + 4 * colors + (xorStride + andStride) * h).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) bits).putInt(0).putInt(0)
                .putInt(0).putInt(0).putInt(colors).putInt(0);
        int[] paletteOf = new int[h * w];
        for (int i = 0; i < colors; i++) {
            int rgb = i < h * w ? argb[i / w][i % w] : 0;
            b.put((byte) rgb).put((byte) (rgb >> 8)).put((byte) (rgb >> 16)).put((byte) 0);
            if (i < h * w) paletteOf[i] = i;
        }
        for (int y = h - 1; y >= 0; y--) {
            int start = b.position();
            for (int x = 0; x < w; x++) {
                int p = argb[y][x];
                switch (bits) {
                    case 32 -> b.put((byte) p).put((byte) (p >> 8)).put((byte) (p >> 16)).put((byte) (keepAlpha ? p >>> 24 : 0));
                    case 24 -> b.put((byte) p).put((byte) (p >> 8)).put((byte) (p >> 16));
                    default -> b.put((byte) paletteOf[y * w + x]);
                }
            }
            b.position(start + xorStride);
        }
        for (int y = h - 1; y >= 0; y--) {
            byte[] row = new byte[andStride];
            for (int x = 0; x < w; x++) if (argb[y][x] >>> 24 == 0) row[x >> 3] |= (byte) (0x80 >> (x & 7));
            b.put(row);
        }
        return b.array();
    }

    private static byte[] rgbaOf(int[][] argb, boolean binaryAlpha) {
        int h = argb.length;
        int w = argb[0].length;
        byte[] out = new byte[w * h * 4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = argb[y][x];
                int o = (y * w + x) * 4;
                out[o] = (byte) (p >> 16);
                out[o + 1] = (byte) (p >> 8);
                out[o + 2] = (byte) p;
                out[o + 3] = (byte) (binaryAlpha ? (p >>> 24 == 0 ? 0 : 255) : p >>> 24);
            }
        }
        return out;
    }

    private static final int[][] PIXELS = {
            {0xffff0000, 0x8000ff00, 0x00000000},
            {0xff0000ff, 0xffffffff, 0x40123456}};

    @ParameterizedTest
    @ValueSource(ints = {32, 24, 8})
    void icoBitmapsDecodeWithTheirAlphaOrTheirMask(int bits) {
        ImageFormats.Decoded d = ImageFormats.decode(ico(new Entry(3, 2, bits, dib(bits, PIXELS, true))));
        assertThat(d.width()).isEqualTo(3);
        assertThat(d.height()).isEqualTo(2);
        assertThat(d.rgba()).isEqualTo(rgbaOf(PIXELS, bits != 32));
    }

    @Test
    void a32BitIconWithoutAlphaUsesItsMask() {
        ImageFormats.Decoded d = ImageFormats.decode(ico(new Entry(3, 2, 32, dib(32, PIXELS, false))));
        assertThat(d.rgba()).isEqualTo(rgbaOf(PIXELS, true));
    }

    @Test
    void anIcoGivesItsLargestImageWhetherBitmapOrPng() throws IOException {
        BufferedImage big = noise(new BufferedImage(48, 40, BufferedImage.TYPE_INT_ARGB));
        byte[] file = ico(new Entry(3, 2, 32, dib(32, PIXELS, true)), new Entry(48, 40, 32, png(big, false)),
                new Entry(16, 16, 24, dib(24, new int[16][16], true)));
        ImageFormats.Decoded d = ImageFormats.decode(file);
        assertThat(d.width()).isEqualTo(48);
        assertThat(d.rgba()).isEqualTo(expected(big));
        // 256 is written as 0 in the directory
        BufferedImage huge = noise(new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB));
        assertThat(Image.decode(ico(new Entry(3, 2, 32, dib(32, PIXELS, true)), new Entry(256, 256, 32, png(huge, false)))).width())
                .isEqualTo(256);
    }

    @Test
    void aDamagedIcoFailsWithTheReason() {
        byte[] file = ico(new Entry(3, 2, 32, dib(32, PIXELS, true)));
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 30);
        assertThatThrownBy(() -> ImageFormats.decode(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ICO image is damaged or unsupported: an image's data lies outside the file");
    }

    @Test
    void rawRgbaMustFitItsSize() {
        assertThatThrownBy(() -> Image.of(new byte[5], 1, 1)).hasMessage("a 1x1 RGBA image has 4 bytes (4 a pixel), but 5 were given");
        byte[] rgba = {1, 2, 3, 4};
        Image image = Image.of(rgba, 1, 1);
        rgba[0] = 9;
        assertThat(image.rgba()).as("the image keeps its own copy").containsExactly(1, 2, 3, 4);
        assertThat(image).hasToString("Image[1x1]").isEqualTo(Image.of(new byte[] {1, 2, 3, 4}, 1, 1));
    }
}
