package dev.tauri4j;

import java.io.Serial;

/** A failure meant for the frontend: its code, message and optional data reject the JS promise as they are. */
public class CommandException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The code used when none is given. */
    public static final String DEFAULT_CODE = "COMMAND_FAILED";

    private final String code;
    // transient: the data is for the frontend, not for Java serialisation of the exception
    private final transient Object data;

    /** A failure with the {@linkplain #DEFAULT_CODE default code}. */
    public CommandException(String message) {
        this(DEFAULT_CODE, message, null, null);
    }

    /** A failure with an app-defined code (for example {@code "NOT_FOUND"}). */
    public CommandException(String code, String message) {
        this(code, message, null, null);
    }

    /** A failure with a code and data that JS receives as {@code error.data} (serialised to JSON). */
    public CommandException(String code, String message, Object data) {
        this(code, message, data, null);
    }

    /** A failure with a code, data and the Java cause (logged, never sent to the frontend). */
    public CommandException(String code, String message, Object data, Throwable cause) {
        super(message, cause);
        this.code = code == null || code.isBlank() ? DEFAULT_CODE : code;
        this.data = data;
    }

    /** The machine-readable code JS sees as {@code error.code}. */
    public String code() {
        return code;
    }

    /** The extra payload JS sees as {@code error.data}, or null. */
    public Object data() {
        return data;
    }
}
