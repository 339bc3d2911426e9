package dev.tauri4j.build.icon;

import dev.tauri4j.config.UserFixableException;
import java.nio.file.Path;

/**
 * An icon that cannot be made: a source that is not a usable PNG, or an output that cannot be written.
 *
 * <p>The message is meant to be shown to the user as is: it names the file, what is wrong and how to fix it.
 */
public final class IconException extends UserFixableException {

    private final transient Path file;

    /**
     * @param file    the file at fault, the source image or an output
     * @param message the whole message, naming {@code file} and the fix
     */
    public IconException(Path file, String message) {
        this(file, message, null);
    }

    /** Like {@link #IconException(Path, String)}, keeping the low-level cause for debugging. */
    public IconException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
