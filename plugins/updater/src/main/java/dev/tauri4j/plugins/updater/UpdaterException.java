package dev.tauri4j.plugins.updater;

import dev.tauri4j.CommandException;

/** Why a check, download or verification failed; JS sees the message, as Tauri's updater errors are strings. */
public final class UpdaterException extends CommandException {

    /** The code JS sees for every updater failure. */
    public static final String CODE = "UPDATER";

    /** @param message what failed and, where the user can act, the fix */
    public UpdaterException(String message) {
        super(CODE, message);
    }

    /** @param message what failed; {@code cause} is the I/O or parse failure behind it */
    public UpdaterException(String message, Throwable cause) {
        super(CODE, message, null, cause);
    }
}
