package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** Readers for the ICO and ICNS files under test, written from the format descriptions rather than reusing the writers. */
final class IconFiles {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private IconFiles() {
    }

    /** One ICO layer: its directory entry's size and bit depth, its data, and the image decoded from it. */
    record IcoLayer(int width, int height, int bitCount, boolean png, byte[] data, BufferedImage image) {
    }

    /** One ICNS entry: its type, its PNG data and the decoded image. */
    record IcnsEntry(String type, byte[] png, BufferedImage image) {
    }

    static List<IcoLayer> readIco(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (in.getShort() != 0 || in.getShort() != 1) {
            throw new AssertionError("not an ICO header");
        }
        int count = in.getShort();
        List<IcoLayer> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int base = 6 + 16 * i;
            int width = file[base] == 0 ? 256 : file[base] & 0xFF;
            int height = file[base + 1] == 0 ? 256 : file[base + 1] & 0xFF;
            int bitCount = in.getShort(base + 6);
            int length = in.getInt(base + 8);
            int offset = in.getInt(base + 12);
            byte[] data = Arrays.copyOfRange(file, offset, offset + length);
            boolean png = isPng(data);
            layers.add(new IcoLayer(width, height, bitCount, png, data, png ? decode(data) : dib(data)));
        }
        return layers;
    }

    /**
     * Decodes a 32-bit ICO bitmap by hand, keeping its alpha, after checking that ImageIO's BMP reader
     * also accepts it once given the file header and real height it lacks inside an ICO.
     */
    private static BufferedImage dib(byte[] dib) {
        ByteBuffer in = ByteBuffer.wrap(dib).order(ByteOrder.LITTLE_ENDIAN);
        int headerSize = in.getInt(0);
        int width = in.getInt(4);
        int height = in.getInt(8) / 2;
        if (headerSize != 40 || in.getShort(14) != 32 || in.getInt(16) != 0) {
            throw new AssertionError("expected a 40-byte header, 32 bits per pixel, BI_RGB");
        }
        int pixelBytes = width * height * 4;
        ByteBuffer bmp = ByteBuffer.allocate(14 + headerSize + pixelBytes).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(bmp.capacity()).putInt(0).putInt(14 + headerSize);
        bmp.put(dib, 0, headerSize).putInt(14 + 8, height).putInt(14 + 20, pixelBytes);
        bmp.put(dib, headerSize, pixelBytes);
        BufferedImage viaImageIo = decode(bmp.array());
        if (viaImageIo.getWidth() != width || viaImageIo.getHeight() != height) {
            throw new AssertionError("ImageIO decoded the bitmap as " + viaImageIo.getWidth() + "x" + viaImageIo.getHeight());
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, height - 1 - row, in.getInt(headerSize + (row * width + x) * 4));
            }
        }
        return image;
    }

    static List<IcnsEntry> readIcns(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        if (!type(in).equals("icns") || in.getInt() != file.length) {
            throw new AssertionError("bad icns header");
        }
        List<IcnsEntry> entries = new ArrayList<>();
        while (in.hasRemaining()) {
            String type = type(in);
            int length = in.getInt();
            byte[] data = new byte[length - 8];
            in.get(data);
            entries.add(new IcnsEntry(type, data, decode(data)));
        }
        return entries;
    }

    /** Bit depth and colour type from a PNG's IHDR chunk; 8 and 6 mean 8-bit RGBA. */
    static int[] pngDepthAndColourType(byte[] png) {
        if (!isPng(png)) {
            throw new AssertionError("not a PNG");
        }
        return new int[] {png[24], png[25]};
    }

    static boolean isPng(byte[] data) {
        return data.length > 8 && Arrays.equals(data, 0, 8, PNG_SIGNATURE, 0, 8);
    }

    private static String type(ByteBuffer in) {
        byte[] code = new byte[4];
        in.get(code);
        return new String(code, StandardCharsets.US_ASCII);
    }

    private static BufferedImage decode(byte[] data) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new AssertionError("ImageIO found no reader for the data");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
