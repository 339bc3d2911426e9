package dev.tauri4j.plugins.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A {@code data:} URL answered without the network, as Tauri's plugin does (status 200, its media type as
 * {@code content-type}); these need no scope entry.
 */
final class DataUrl {

    private DataUrl() {}

    /** The response for {@code url}, which starts with {@code data:}. */
    static Fetched fetch(String url) {
        int comma = url.indexOf(',');
        if (comma < 0) throw FetchError.invalid("failed to process data url");
        String meta = url.substring("data:".length(), comma).trim();
        boolean base64 = false;
        if (meta.toLowerCase(Locale.ROOT).endsWith(";base64")) {
            base64 = true;
            meta = meta.substring(0, meta.length() - ";base64".length());
        }
        String mime = meta.isEmpty() ? "text/plain;charset=US-ASCII" : meta.startsWith(";") ? "text/plain" + meta : meta;
        String fragmentless = url.substring(comma + 1).split("#", 2)[0];
        byte[] body;
        try {
            byte[] decoded = percentDecode(fragmentless);
            body = base64 ? Base64.getMimeDecoder().decode(new String(decoded, StandardCharsets.US_ASCII).replaceAll("\\s", "")) : decoded;
        } catch (IllegalArgumentException e) {
            throw FetchError.invalid("failed to decode data url into bytes");
        }
        return new Fetched(200, url, List.of(List.of("content-type", mime)), new ByteArrayInputStream(body));
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
