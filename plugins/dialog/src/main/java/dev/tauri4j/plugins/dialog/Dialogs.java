package dev.tauri4j.plugins.dialog;

import dev.tauri4j.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The dialog plugin's Java API, the same dialogs the npm package opens: take it as a command parameter
 * ({@code (Dialogs dialogs, Window window) -> dialogs.ask(window, "Delete?", "Files")}), the plugin manages it.
 * Every call returns at once, its future completing with the user's answer.
 */
public final class Dialogs {

    private final NativeDialogs platform;
    private final String defaultTitle;

    Dialogs(NativeDialogs platform, String defaultTitle) {
        this.platform = platform;
        this.defaultTitle = defaultTitle;
    }

    /** The files (or folders) picked, none when the dialog was cancelled; one at most unless {@code multiple}. */
    public CompletableFuture<List<Path>> open(Window parent, OpenOptions options) {
        return platform.choose(parent, FileRequest.open(options));
    }

    /** The path to save to, empty when the dialog was cancelled. */
    public CompletableFuture<Optional<Path>> save(Window parent, SaveOptions options) {
        return platform.choose(parent, FileRequest.save(options)).thenApply(p -> p.stream().findFirst());
    }

    /** Shows a message and answers the button pressed ({@code "Ok"}, {@code "Yes"}, a custom label, ...). */
    public CompletableFuture<String> message(Window parent, String message, String title, MessageKind kind, MessageButtons buttons) {
        return platform.message(parent, new MessageRequest(title == null ? defaultTitle : title, message, kind, buttons));
    }

    /** A Yes/No question: true for Yes. */
    public CompletableFuture<Boolean> ask(Window parent, String message, String title) {
        return message(parent, message, title, MessageKind.INFO, MessageButtons.YES_NO).thenApply("Yes"::equals);
    }

    /** An Ok/Cancel question: true for Ok. */
    public CompletableFuture<Boolean> confirm(Window parent, String message, String title) {
        return message(parent, message, title, MessageKind.INFO, MessageButtons.OK_CANCEL).thenApply("Ok"::equals);
    }
}
