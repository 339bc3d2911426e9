package dev.tauri4j.internal.platform;

/** Answers requests to one custom URI scheme; called on the UI thread, must not block. */
@FunctionalInterface
public interface SchemeHandler {

    /** Handles {@code request}; the answer may be given later, from any thread, with {@link SchemeRequest#respond}. */
    void handle(SchemeRequest request);
}
