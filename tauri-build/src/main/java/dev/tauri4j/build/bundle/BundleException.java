package dev.tauri4j.build.bundle;

/** A bundle step failed; the message says what went wrong and, where possible, how to fix it. */
public class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
