package dev.tauri4j.plugins.fs;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** The lines of a file for {@code readTextFileLines}, as bytes (the page decodes them with its own encoding). */
public final class LineReader implements AutoCloseable {

    private final InputStream in;

    LineReader(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /**
     * The next line without its {@code \n} or {@code \r\n}, then a 0 byte; at the end, the single byte 1 (the npm
     * package's framing: the last byte says whether the iteration is done).
     */
    synchronized byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') break;
            line.write(b);
        }
        if (!any) return new byte[] {1};
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        byte[] out = java.util.Arrays.copyOf(bytes, n + 1);
        out[n] = 0;
        return out;
    }

    @Override
    public synchronized void close() throws IOException {
        in.close();
    }
}
