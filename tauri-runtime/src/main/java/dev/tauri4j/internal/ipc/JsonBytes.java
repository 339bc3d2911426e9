package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Bytes inside JSON arguments, read as serde reads a {@code Vec<u8>}: an array of numbers 0..255, which is what
 * Tauri's IPC script (and ours) makes of a nested {@code Uint8Array} or {@code ArrayBuffer}; base64 text is
 * accepted too. Jackson's own {@code byte[]} reader would take -128 and refuse arrays for a {@code ByteBuffer}.
 */
final class JsonBytes {

    /** A byte outside 0..255; {@link Arguments} words it as such. */
    static final class ByteOutOfRange extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        ByteOutOfRange(JsonParser p) {
            super(p, "a byte must be a number 0..255", byte.class);
        }
    }

    private JsonBytes() {}

    /** The module that binds {@code byte[]} and {@link ByteBuffer} this way. */
    static SimpleModule module() {
        return new SimpleModule("tauri4j-bytes")
                .addDeserializer(byte[].class, new StdDeserializer<byte[]>(byte[].class) {
                    @Override
                    public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        return read(p, ctxt, byte[].class);
                    }
                })
                .addDeserializer(ByteBuffer.class, new StdDeserializer<ByteBuffer>(ByteBuffer.class) {
                    @Override
                    public ByteBuffer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        return ByteBuffer.wrap(read(p, ctxt, ByteBuffer.class));
                    }
                });
    }

    private static byte[] read(JsonParser p, DeserializationContext ctxt, Class<?> target) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node.isTextual()) {
            String text = node.textValue();
            try {
                boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
                return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
            } catch (IllegalArgumentException e) {
                throw MismatchedInputException.from(p, target, "not base64: " + e.getMessage());
            }
        }
        if (!node.isArray()) throw MismatchedInputException.from(p, target, "bytes are an array of numbers 0..255 or base64 text");
        byte[] out = new byte[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToInt() || item.intValue() < 0 || item.intValue() > 255) {
                throw JsonMappingException.wrapWithPath(new ByteOutOfRange(p), (Object) out, i);
            }
            out[i] = (byte) item.intValue();
        }
        return out;
    }
}
