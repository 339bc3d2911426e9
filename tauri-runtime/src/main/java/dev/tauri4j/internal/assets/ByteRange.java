package dev.tauri4j.internal.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One satisfiable part of an HTTP {@code Range: bytes=...} header (RFC 9110 14.1.2), inclusive at both ends, as
 * media elements send them to seek.
 *
 * @param start first byte
 * @param end   last byte (inclusive)
 */
record ByteRange(long start, long end) {

    /** The most one part answers with; the media element asks again for the rest, as with Tauri (1000 KiB). */
    static final long MAX_PART = 1000 * 1024;

    /** Bytes in this part. */
    long length() {
        return end - start + 1;
    }

    /** This part, no longer than {@link #MAX_PART}. */
    ByteRange capped() {
        return length() <= MAX_PART ? this : new ByteRange(start, start + MAX_PART - 1);
    }

    /**
     * The satisfiable parts of {@code header} for a file of {@code size} bytes, in header order; empty when the
     * header is malformed, names another unit, or no part overlaps the file (both answered with 416).
     */
    static Optional<List<ByteRange>> parse(String header, long size) {
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) return Optional.empty();
        List<ByteRange> out = new ArrayList<>();
        for (String spec : h.substring(6).split(",", -1)) {
            String s = spec.strip();
            int dash = s.indexOf('-');
            if (dash < 0) return Optional.empty();
            String first = s.substring(0, dash).strip();
            String last = s.substring(dash + 1).strip();
            try {
                if (first.isEmpty()) {
                    // "-N": the last N bytes
                    long n = digits(last);
                    if (n == 0) continue;
                    if (size > 0) out.add(new ByteRange(Math.max(0, size - n), size - 1));
                } else {
                    long start = digits(first);
                    long end = last.isEmpty() ? size - 1 : digits(last);
                    if (end < start) return Optional.empty();
                    if (start < size) out.add(new ByteRange(start, Math.min(end, size - 1)));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    private static long digits(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) throw new NumberFormatException(s);
        return Long.parseLong(s);
    }
}
