package dev.tauri4j.build.icon;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Windows {@code .ico} with several sizes.
 *
 * <p>Layers under 256 px are 32-bit BMPs, which every Windows version and every icon tool reads; the
 * 256 px layer is a PNG, which Windows reads since Vista and which keeps the file small.
 */
final class IcoFile {

    /** Layers this size and up are stored as PNG. */
    static final int PNG_FROM = 256;

    private static final int DIR_SIZE = 6;
    private static final int ENTRY_SIZE = 16;
    private static final int BITMAPINFOHEADER_SIZE = 40;

    private IcoFile() {
    }

    /** The {@code .ico} bytes for {@code layers}, square {@code TYPE_INT_ARGB} images of at most 256 px. */
    static byte[] encode(List<BufferedImage> layers) {
        List<byte[]> data = new ArrayList<>();
        for (BufferedImage layer : layers) {
            if (layer.getWidth() != layer.getHeight() || layer.getWidth() > 256) {
                throw new IllegalArgumentException("ICO layers are square and at most 256 px, got "
                        + layer.getWidth() + "x" + layer.getHeight());
            }
            data.add(layer.getWidth() >= PNG_FROM ? Png.encode(layer) : dib(layer));
        }
        int total = DIR_SIZE + ENTRY_SIZE * layers.size() + data.stream().mapToInt(d -> d.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) layers.size());
        int offset = DIR_SIZE + ENTRY_SIZE * layers.size();
        for (int i = 0; i < layers.size(); i++) {
            int size = layers.get(i).getWidth();
            // a byte holds 1..255; 0 stands for 256
            out.put((byte) (size & 0xFF)).put((byte) (size & 0xFF));
            out.put((byte) 0).put((byte) 0); // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(data.get(i).length).putInt(offset);
            offset += data.get(i).length;
        }
        data.forEach(out::put);
        return out.array();
    }

    /**
     * A BMP without its file header, as ICO stores it: the height counts the colour rows and the mask rows
     * together, rows run bottom-up, and a 1-bit AND mask follows for renderers that ignore alpha.
     */
    private static byte[] dib(BufferedImage layer) {
        int size = layer.getWidth();
        int[] argb = layer.getRGB(0, 0, size, size, null, 0, size);
        int maskStride = (size + 31) / 32 * 4;
        int pixelBytes = size * size * 4;
        int maskBytes = maskStride * size;
        ByteBuffer out = ByteBuffer.allocate(BITMAPINFOHEADER_SIZE + pixelBytes + maskBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(BITMAPINFOHEADER_SIZE).putInt(size).putInt(size * 2);
        out.putShort((short) 1).putShort((short) 32);
        out.putInt(0).putInt(pixelBytes + maskBytes); // BI_RGB, image size
        out.putInt(0).putInt(0).putInt(0).putInt(0); // resolution, palette: unused
        for (int y = size - 1; y >= 0; y--) {
            for (int x = 0; x < size; x++) {
                out.putInt(argb[y * size + x]); // little-endian ARGB is the BGRA byte order BMP wants
            }
        }
        byte[] mask = new byte[maskBytes];
        for (int y = size - 1, row = 0; y >= 0; y--, row++) {
            for (int x = 0; x < size; x++) {
                if (argb[y * size + x] >>> 24 == 0) {
                    mask[row * maskStride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        out.put(mask);
        return out.array();
    }
}
