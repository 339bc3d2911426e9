package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The leading scalar fields of a script message ({@code k}, {@code w}, {@code i}), read token by token so that they
 * are found even when the rest of the message cannot be parsed.
 */
record MessageHeader(String key, String window, long id) {

    static MessageHeader read(String message) {
        String key = null;
        String window = null;
        long id = -1;
        try (JsonParser p = JsonCodec.mapper().getFactory().createParser(message)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return new MessageHeader(null, null, -1);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == null || value.isStructStart()) break; // the arguments: whatever follows is not read
                switch (name) {
                    case "k" -> key = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "w" -> window = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "i" -> id = value == JsonToken.VALUE_NUMBER_INT && p.getLongValue() >= 0 ? p.getLongValue() : -1;
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was read before the damage still counts
        }
        return new MessageHeader(key, window, id);
    }
}
