package dev.tauri4j.assets;

/** Thrown when a request path cannot be turned into a safe {@link AssetKey}; the message is a short reason. */
public final class InvalidAssetPathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a short reason such as {@code "parent segment"}. */
    public InvalidAssetPathException(String reason) {
        // The reason only, never the raw path: callers may log it, and the path is attacker-controlled.
        super(reason);
    }
}
