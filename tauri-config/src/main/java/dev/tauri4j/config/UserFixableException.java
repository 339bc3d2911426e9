package dev.tauri4j.config;

/**
 * A problem the user fixes, not a bug: bad config or input, a failed tool, a missing file.
 *
 * <p>The message is written for the user and shown as it is, without a stack trace: it names the file and the
 * setting at fault and says how to fix it. It lives here, below the build core and without Maven, so that every
 * layer can throw it and the Maven plugin can tell it from a bug by its type alone.
 */
public abstract class UserFixableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the whole user-facing explanation, fix included */
    protected UserFixableException(String message) {
        super(message);
    }

    /** Like {@link #UserFixableException(String)}, keeping the low-level cause for debugging ({@code mvn -e}). */
    protected UserFixableException(String message, Throwable cause) {
        super(message, cause);
    }
}
