package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** The payload of a call: a JSON arguments object, or the raw bytes of a {@code Uint8Array}/{@code ArrayBuffer}. */
public sealed interface InvokeBody {

    /** An arguments object with camelCase keys; null or JSON null stand for no arguments. */
    record Json(JsonNode args) implements InvokeBody {
        /** Replaces an absent arguments object by an empty one, so binding never has to check. */
        public Json {
            if (args == null || args.isNull() || args.isMissingNode()) {
                args = JsonCodec.mapper().createObjectNode();
            }
        }
    }

    /** A binary body, bound to the command's single {@code byte[]} parameter. */
    record Raw(byte[] bytes, String contentType) implements InvokeBody {
        /** Checks the bytes are present; the content type defaults to {@code application/octet-stream}. */
        public Raw {
            Objects.requireNonNull(bytes, "bytes");
            if (contentType == null || contentType.isBlank()) {
                contentType = "application/octet-stream";
            }
        }

        @Override
        public String toString() {
            return "Raw[" + bytes.length + " bytes, " + contentType + "]";
        }
    }
}
