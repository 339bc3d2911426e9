package dev.tauri4j.build.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a GNU-format tar stream as dpkg-deb does: owner root:root, fixed modes and times, long names as
 * {@code ././@LongLink} records. Nothing from the build host (user, umask, clock) gets in.
 */
final class TarWriter {

    private static final int BLOCK = 512;
    private static final long MAX_SIZE = 077777777777L; // 11 octal digits

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    void directory(String name, int mode, long mtime) throws IOException {
        header(name.endsWith("/") ? name : name + "/", mode, 0, mtime, '5', "");
    }

    void symlink(String name, String target, long mtime) throws IOException {
        header(name, 0777, 0, mtime, '2', target);
    }

    /** A file entry; {@code data} must yield exactly {@code size} bytes. */
    void file(String name, int mode, long mtime, long size, InputStream data) throws IOException {
        header(name, mode, size, mtime, '0', "");
        long copied = data.transferTo(out);
        if (copied != size) throw new IOException(name + " changed while archiving: " + copied + " != " + size);
        pad(size);
    }

    /** The two zero blocks that end an archive. */
    void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void header(String name, int mode, long size, long mtime, char type, String link) throws IOException {
        if (size > MAX_SIZE) throw new IOException(name + " is too large for a tar header");
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) longLink('L', nameBytes, mtime);
        if (linkBytes.length > 100) longLink('K', linkBytes, mtime);
        out.write(block(nameBytes, mode, size, mtime, type, linkBytes));
    }

    // GNU's way to carry a name longer than the 100-byte field; dpkg reads it.
    private void longLink(char type, byte[] value, long mtime) throws IOException {
        byte[] data = Arrays.copyOf(value, value.length + 1); // NUL-terminated
        out.write(block("././@LongLink".getBytes(StandardCharsets.US_ASCII), 0, data.length, mtime, type,
                new byte[0]));
        out.write(data);
        pad(data.length);
    }

    private static byte[] block(byte[] name, int mode, long size, long mtime, char type, byte[] link) {
        byte[] h = new byte[BLOCK];
        System.arraycopy(name, 0, h, 0, Math.min(name.length, 100));
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0); // uid
        octal(h, 116, 8, 0); // gid
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        Arrays.fill(h, 148, 156, (byte) ' '); // checksum counts as spaces while summing
        h[156] = (byte) type;
        System.arraycopy(link, 0, h, 157, Math.min(link.length, 100));
        ascii(h, 257, "ustar  "); // GNU magic and version, NUL-terminated by the zeroed block
        ascii(h, 265, "root");
        ascii(h, 297, "root");
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        byte[] chk = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(chk, 0, h, 148, 6);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        String digits = String.format("%0" + (length - 1) + "o", value);
        ascii(h, offset, digits);
        h[offset + length - 1] = 0;
    }

    private static void ascii(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) out.write(new byte[BLOCK - rest]);
    }
}
