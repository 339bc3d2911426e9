package dev.tauri4j.plugins.log;

import java.util.Map;
import java.util.Objects;

/**
 * One log message: its level, its target (for the frontend's, the caller's location {@code fn@url:line:col}, or
 * {@code webview}), the text, and the optional source file, line and key-values the npm package passes.
 */
public record LogRecord(LogLevel level, String target, String message, String file, Integer line,
                        Map<String, String> keyValues) {

    public LogRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(target, "target");
        message = message == null ? "" : message;
        keyValues = keyValues == null ? Map.of() : Map.copyOf(keyValues);
    }

    /** A record with only a level, target and message. */
    public static LogRecord of(LogLevel level, String target, String message) {
        return new LogRecord(level, target, message, null, null, Map.of());
    }
}
