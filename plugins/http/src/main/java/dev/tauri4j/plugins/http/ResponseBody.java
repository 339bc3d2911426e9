package dev.tauri4j.plugins.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A response body that JS reads chunk by chunk ({@code fetch_read_body}): the resource behind the rid that
 * {@code fetch_send} answers. Each chunk goes to JS with one byte more at its end, 0 while the body goes on; the end
 * is the single byte 1, as {@code @tauri-apps/plugin-http} expects. Closing it (or {@code fetch_cancel_body}) aborts
 * the download.
 */
final class ResponseBody implements AutoCloseable {

    /** The largest chunk one call answers: large enough that a body of megabytes takes a few calls. */
    static final int MAX_CHUNK = 1 << 20;

    private final InputStream in;

    ResponseBody(InputStream in) {
        this.in = in;
    }

    /**
     * The next chunk: what has arrived (waiting for at least one byte, then taking what is there without waiting, up
     * to {@link #MAX_CHUNK}) followed by 0, or {@code [1]} at the end of the body.
     */
    synchronized byte[] next() throws IOException {
        byte[] buf = new byte[MAX_CHUNK + 1];
        int n = in.read(buf, 0, MAX_CHUNK);
        if (n < 0) return new byte[] {1};
        while (n < MAX_CHUNK && in.available() > 0) {
            int more = in.read(buf, n, Math.min(in.available(), MAX_CHUNK - n));
            if (more < 0) break;
            n += more;
        }
        buf[n] = 0;
        return n == MAX_CHUNK ? buf : Arrays.copyOf(buf, n + 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
