package dev.tauri4j.build.dev;

import dev.tauri4j.config.UserFixableException;

/** A dev-mode problem the user can fix; the message says what to check. */
public final class DevException extends UserFixableException {

    public DevException(String message) {
        super(message);
    }

    public DevException(String message, Throwable cause) {
        super(message, cause);
    }
}
