package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** The structured error a rejected JS promise receives: {@code {"code", "message", "data"}}. */
public record IpcError(String code, String message, JsonNode data) {

    /** No command with that name is registered. */
    public static final String UNKNOWN_COMMAND = "UNKNOWN_COMMAND";
    /** A parameter had no matching key in the arguments object. */
    public static final String MISSING_ARGUMENT = "MISSING_ARGUMENT";
    /** An argument did not fit its parameter's type (or a raw body could not be bound). */
    public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";
    /** The command threw; also the default code of {@link dev.tauri4j.CommandException}. */
    public static final String COMMAND_FAILED = dev.tauri4j.CommandException.DEFAULT_CODE;
    /** The command returned a value that could not be turned into JSON. */
    public static final String INVALID_RESULT = "INVALID_RESULT";
    /** No capability grants the command to the calling window and page, or one denies it. */
    public static final String COMMAND_DENIED = "COMMAND_DENIED";
    /** {@code Invocation.state} asked for a type nobody managed. */
    public static final String MISSING_STATE = "MISSING_STATE";
    /** The command's class was compiled without parameter names, so arguments cannot be bound by name. */
    public static final String PARAMETER_NAMES_UNAVAILABLE = "PARAMETER_NAMES_UNAVAILABLE";
    /** A scope entry of the call does not fit the command's scope type (the message names its file and JSON path). */
    public static final String INVALID_SCOPE = "INVALID_SCOPE";
    /** The command's parameters could not be inspected at all (a bug or an unsupported command form). */
    public static final String UNSUPPORTED_COMMAND = "UNSUPPORTED_COMMAND";

    /** Checks the parts; {@code data} may be null and is then left out of the JSON. */
    public IpcError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (data != null && data.isMissingNode()) {
            data = null;
        }
    }

    /** An error without data. */
    public IpcError(String code, String message) {
        this(code, message, null);
    }

    /** The JSON the JS promise is rejected with; {@code data} is omitted when null. */
    public String toJson() {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("code", code);
        node.put("message", message);
        if (data != null) {
            node.set("data", data);
        }
        try {
            return JsonCodec.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; reaching this is a Jackson bug
            throw new IllegalStateException(e);
        }
    }
}
