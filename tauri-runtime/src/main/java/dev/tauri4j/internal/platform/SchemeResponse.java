package dev.tauri4j.internal.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer to a custom-scheme request.
 *
 * @param status      HTTP status
 * @param contentType Content-Type header value
 * @param headers     further headers
 * @param body        the body bytes
 */
public record SchemeResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public SchemeResponse {
        headers = Map.copyOf(headers);
    }

    /** A plain-text answer. */
    public static SchemeResponse text(int status, String text, Map<String, String> headers) {
        return new SchemeResponse(status, "text/plain; charset=utf-8", headers, text.getBytes(StandardCharsets.UTF_8));
    }
}
