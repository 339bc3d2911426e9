package dev.tauri4j.plugins.dialog;

import java.util.Objects;

/** A message dialog to show: its title, text, icon and buttons. */
public record MessageRequest(String title, String message, MessageKind kind, MessageButtons buttons) {

    public MessageRequest {
        title = title == null ? "" : title;
        Objects.requireNonNull(message, "message");
        kind = kind == null ? MessageKind.INFO : kind;
        buttons = buttons == null ? MessageButtons.OK : buttons;
    }
}
