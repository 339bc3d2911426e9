package dev.tauri4j.build.bundle;

import dev.tauri4j.config.UserFixableException;

/** A bundle that cannot be made as asked (settings, inputs, a missing or failing tool); the message says how to fix it. */
public class BundleException extends UserFixableException {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
