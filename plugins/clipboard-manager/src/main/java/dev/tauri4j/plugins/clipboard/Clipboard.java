package dev.tauri4j.plugins.clipboard;

import dev.tauri4j.App;
import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Image;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The clipboard-manager plugin's Java API, what the npm package does: {@code Clipboard.of(app).writeText("hi")}, or a
 * {@code Clipboard} command parameter (the plugin manages it). Every call returns at once; reads fail with code
 * {@link #EMPTY} when the clipboard holds no text (or no image).
 */
public final class Clipboard {

    /** The error code of a read that found nothing of its kind on the clipboard. */
    public static final String EMPTY = "CLIPBOARD_EMPTY";
    /** arboard's words, which Tauri's plugin answers with for an empty clipboard. */
    static final String EMPTY_MESSAGE = "The clipboard contents were not available in the requested format or the clipboard is empty.";

    private final NativeClipboard platform;

    Clipboard(NativeClipboard platform) {
        this.platform = platform;
    }

    /** The clipboard of an app that added {@code new ClipboardManagerPlugin()}. */
    public static Clipboard of(App app) {
        return app.state(Clipboard.class).orElseThrow(() -> new IllegalStateException(
                "this app has no clipboard-manager plugin. Fix: Tauri.builder().plugin(new ClipboardManagerPlugin())"));
    }

    /** Puts plain text on the clipboard. */
    public CompletableFuture<Void> writeText(String text) {
        return platform.writeText(Objects.requireNonNull(text, "text"));
    }

    /** Puts HTML on the clipboard, with {@code altText} (or, when null, the HTML itself) for readers of plain text. */
    public CompletableFuture<Void> writeHtml(String html, String altText) {
        Objects.requireNonNull(html, "html");
        return platform.writeHtml(html, altText == null ? html : altText);
    }

    /** Puts an image on the clipboard (offered as PNG and the toolkit's other image formats). */
    public CompletableFuture<Void> writeImage(Image image) {
        return platform.writeImage(Objects.requireNonNull(image, "image"));
    }

    /** The clipboard's text. */
    public CompletableFuture<String> readText() {
        return platform.readText().thenApply(t -> t.orElseThrow(() -> new CommandException(EMPTY, EMPTY_MESSAGE)));
    }

    /** The clipboard's image. */
    public CompletableFuture<Image> readImage() {
        return platform.readImage().thenApply(i -> i.orElseThrow(() -> new CommandException(EMPTY, EMPTY_MESSAGE)));
    }

    /** Empties the clipboard. */
    public CompletableFuture<Void> clear() {
        return platform.clear();
    }
}
