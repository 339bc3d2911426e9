package dev.tauri4j.build.dev;

/** A dev-mode problem the user can fix; the message says what to check. */
public final class DevException extends RuntimeException {

    public DevException(String message) {
        super(message);
    }

    public DevException(String message, Throwable cause) {
        super(message, cause);
    }
}
