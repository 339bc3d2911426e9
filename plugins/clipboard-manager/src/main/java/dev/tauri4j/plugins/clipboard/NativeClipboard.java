package dev.tauri4j.plugins.clipboard;

import dev.tauri4j.App;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugins.clipboard.linux.GtkClipboard;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's clipboard (the one Ctrl+C and Ctrl+V use). Every call returns at once; the future completes when
 * the toolkit has taken the content or answered the read. A read answers empty when the clipboard holds nothing of
 * that kind.
 */
public interface NativeClipboard {

    CompletableFuture<Void> writeText(String text);

    /** Offers {@code html} as {@code text/html} and {@code altText} to readers of plain text. */
    CompletableFuture<Void> writeHtml(String html, String altText);

    CompletableFuture<Void> writeImage(Image image);

    CompletableFuture<Optional<String>> readText();

    CompletableFuture<Optional<Image>> readImage();

    /** Takes the clipboard with nothing on it, so that no application reads the previous content any more. */
    CompletableFuture<Void> clear();

    /** This platform's clipboard; GTK's on Linux, the only platform tauri4j runs on yet. */
    static NativeClipboard of(App app) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new UnsupportedOperationException("the clipboard-manager plugin has no clipboard for " + os + " yet; only Linux (GTK 3)");
        }
        return new GtkClipboard(app);
    }
}
