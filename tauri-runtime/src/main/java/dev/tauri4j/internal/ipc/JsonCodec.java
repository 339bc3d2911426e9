package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The one JSON mapper of the runtime: how IPC arguments, results and event payloads are (de)serialised. */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonCodec() {}

    /** The shared mapper; configured once, never changed after class init. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Converts a JSON tree to {@code type}. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, type);
    }
}
