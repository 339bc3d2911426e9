package dev.tauri4j;

import com.fasterxml.jackson.databind.JsonNode;

/** An event as a Java listener receives it: name, listener id and the JSON payload. */
public record Event(String event, long id, JsonNode payload) {

    /** The payload converted to {@code type}. */
    public <T> T payloadAs(Class<T> type) {
        return dev.tauri4j.internal.ipc.JsonCodec.convert(payload, type);
    }
}
