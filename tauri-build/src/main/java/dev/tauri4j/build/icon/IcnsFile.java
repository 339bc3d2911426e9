package dev.tauri4j.build.icon;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a macOS {@code .icns} whose entries are all PNGs, the form macOS reads since 10.7.
 *
 * <p>The layout is a 4-byte magic and big-endian total length, then per entry a 4-byte type and a
 * big-endian length that counts the entry's own 8-byte header.
 */
final class IcnsFile {

    /** An entry type and the pixel size its PNG must have. */
    record Type(String code, int pixels) {
    }

    /**
     * The types written, 1x then Retina; macOS picks the 2x types (ic11..ic14, ic10) on Retina screens,
     * so each pixel size may appear twice under two names.
     */
    static final List<Type> TYPES = List.of(
            new Type("icp4", 16), new Type("icp5", 32), new Type("icp6", 64), new Type("ic07", 128),
            new Type("ic08", 256), new Type("ic09", 512), new Type("ic10", 1024),
            new Type("ic11", 32), new Type("ic12", 64), new Type("ic13", 256), new Type("ic14", 512));

    private static final int HEADER_SIZE = 8;

    private IcnsFile() {
    }

    /** The {@code .icns} bytes, taking each type's PNG from {@code pngBySize}, which must hold every size in {@link #TYPES}. */
    static byte[] encode(Map<Integer, byte[]> pngBySize) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (Type type : TYPES) {
            byte[] png = pngBySize.get(type.pixels());
            if (png == null) {
                throw new IllegalArgumentException("no " + type.pixels() + " px PNG for icns type " + type.code());
            }
            entries.writeBytes(header(type.code(), HEADER_SIZE + png.length));
            entries.writeBytes(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(header("icns", HEADER_SIZE + entries.size()));
        file.writeBytes(entries.toByteArray());
        return file.toByteArray();
    }

    private static byte[] header(String code, int length) {
        return ByteBuffer.allocate(HEADER_SIZE).put(code.getBytes(StandardCharsets.US_ASCII)).putInt(length).array();
    }
}
