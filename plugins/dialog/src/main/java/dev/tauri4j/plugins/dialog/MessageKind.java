package dev.tauri4j.plugins.dialog;

import java.util.Locale;

/** The icon of a message dialog: Tauri's {@code kind}, read case-insensitively, anything else being {@code info}. */
public enum MessageKind {
    INFO, WARNING, ERROR;

    /** {@code "warning"}, {@code "Error"}, ...; null or an unknown word is {@link #INFO}, as in Tauri. */
    public static MessageKind of(String kind) {
        if (kind == null) return INFO;
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "warning" -> WARNING;
            case "error" -> ERROR;
            default -> INFO;
        };
    }
}
