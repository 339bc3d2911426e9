package dev.tauri4j.build.assets;

import dev.tauri4j.config.UserFixableException;

/** The frontend's built files cannot be embedded as configured; the message names the config key and the fix. */
public final class AssetEmbedException extends UserFixableException {

    /** A refusal explained by {@code message}. */
    public AssetEmbedException(String message) {
        super(message);
    }
}
