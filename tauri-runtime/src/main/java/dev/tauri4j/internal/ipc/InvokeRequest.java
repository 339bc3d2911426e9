package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A decoded call from the frontend: which command, with what body, and the headers JS passed in
 * {@code invoke(cmd, args, {headers})} (names compared without case, as HTTP's are).
 */
public record InvokeRequest(String command, InvokeBody body, Map<String, String> headers) {

    /** Checks the command name; a missing body means "no arguments", missing headers none. */
    public InvokeRequest {
        Objects.requireNonNull(command, "command");
        if (body == null) {
            body = new InvokeBody.Json(null);
        }
        TreeMap<String, String> lower = new TreeMap<>();
        if (headers != null) headers.forEach((k, v) -> { if (k != null && v != null) lower.put(k.toLowerCase(Locale.ROOT), v); });
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    /** A call without headers. */
    public InvokeRequest(String command, InvokeBody body) {
        this(command, body, Map.of());
    }

    /** The header {@code name} (any case), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A call with a JSON arguments object. */
    public static InvokeRequest json(String command, JsonNode args) {
        return new InvokeRequest(command, new InvokeBody.Json(args));
    }

    /** A call with a raw binary body. */
    public static InvokeRequest raw(String command, byte[] bytes) {
        return new InvokeRequest(command, new InvokeBody.Raw(bytes, null));
    }
}
