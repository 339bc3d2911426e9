package dev.tauri4j.internal.ipc;

import java.util.Objects;

/** What a call produced: JSON text, raw bytes for an {@code ArrayBuffer}, or an error that rejects the promise. */
public sealed interface InvokeResult {

    /** A successful result as JSON text ({@code "null"} for no value). */
    record Json(String json) implements InvokeResult {
        /** Checks the text is present. */
        public Json {
            Objects.requireNonNull(json, "json");
        }
    }

    /** A successful result that JS receives as an {@code ArrayBuffer}, never as a JSON number array. */
    record Binary(byte[] bytes) implements InvokeResult {
        /** Checks the bytes are present. */
        public Binary {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public String toString() {
            return "Binary[" + bytes.length + " bytes]";
        }
    }

    /** A failed call. */
    record Failure(IpcError error) implements InvokeResult {
        /** Checks the error is present. */
        public Failure {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Whether the JS promise resolves (true) or rejects (false). */
    default boolean isSuccess() {
        return !(this instanceof Failure);
    }
}
