package dev.tauri4j.plugins.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** An open file JS holds by rid ({@code FileHandle} in the npm package); one call at a time uses it. */
public final class FileHandle implements AutoCloseable {

    private final FileChannel channel;
    private final java.nio.file.Path path;
    private final boolean append;

    FileHandle(FileChannel channel, java.nio.file.Path path, boolean append) {
        this.channel = channel;
        this.path = path;
        this.append = append;
    }

    /** The real path it was opened at (what {@code fstat} reports on: the JDK cannot stat a descriptor). */
    java.nio.file.Path path() {
        return path;
    }

    /** Up to {@code len} bytes from the position, then the count read as 8 big-endian bytes (the npm package's framing). */
    synchronized byte[] read(int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(0, len));
        while (buf.hasRemaining() && channel.read(buf) > 0) {
            // a file read may stop short of the buffer; keep going to the end or the file's end
        }
        int total = buf.position();
        byte[] out = new byte[total + 8];
        System.arraycopy(buf.array(), 0, out, 0, total);
        ByteBuffer.wrap(out, total, 8).putLong(total);
        return out;
    }

    /** Writes all of {@code data} at the position (at the end in append mode); the count written. */
    synchronized long write(byte[] data) throws IOException {
        if (append) channel.position(channel.size());
        ByteBuffer buf = ByteBuffer.wrap(data);
        while (buf.hasRemaining()) channel.write(buf);
        return data.length;
    }

    /** Moves the position as Rust's SeekFrom does (0 start, 1 current, 2 end); the new position. */
    synchronized long seek(long offset, int whence) throws IOException {
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> channel.position();
            case 2 -> channel.size();
            default -> throw new IllegalArgumentException("whence must be 0 (Start), 1 (Current) or 2 (End), found " + whence);
        };
        long target = base + offset;
        if (target < 0) throw new IOException("invalid seek to a negative position (" + target + ")");
        channel.position(target);
        return target;
    }

    /** Cuts or extends the file to {@code len} bytes. */
    synchronized void truncate(long len) throws IOException {
        if (len < channel.size()) channel.truncate(len);
        else if (len > channel.size()) channel.write(ByteBuffer.wrap(new byte[1]), len - 1);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
