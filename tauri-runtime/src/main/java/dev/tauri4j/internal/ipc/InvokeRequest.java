package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A decoded call from the frontend: which command, with what body. */
public record InvokeRequest(String command, InvokeBody body) {

    /** Checks the command name; a missing body means "no arguments". */
    public InvokeRequest {
        Objects.requireNonNull(command, "command");
        if (body == null) {
            body = new InvokeBody.Json(null);
        }
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
