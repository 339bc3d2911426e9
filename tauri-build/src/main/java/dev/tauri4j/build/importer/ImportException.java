package dev.tauri4j.build.importer;

import dev.tauri4j.config.UserFixableException;

/** A Tauri project the import cannot read: the message names the file, what is wrong and the fix. */
public final class ImportException extends UserFixableException {

    private static final long serialVersionUID = 1L;

    /** @param message the whole message, fix included */
    public ImportException(String message) {
        super(message);
    }

    /** Like {@link #ImportException(String)}, keeping the low-level cause for {@code mvn -e}. */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
