package dev.tauri4j.plugins.clipboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.CommandException;
import dev.tauri4j.plugin.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The Java API's own rules over a platform that records calls: the HTML fallback text and the empty-read error. */
class ClipboardTest {

    /** Records what was written; reads answer what {@code text} holds. */
    static final class Recording implements NativeClipboard {
        final List<String> calls = new ArrayList<>();
        Optional<String> text = Optional.empty();

        @Override public CompletableFuture<Void> writeText(String t) { calls.add("text " + t); return CompletableFuture.completedFuture(null); }
        @Override public CompletableFuture<Void> writeHtml(String html, String alt) { calls.add("html " + html + " | " + alt); return CompletableFuture.completedFuture(null); }
        @Override public CompletableFuture<Void> writeImage(Image image) { calls.add("image " + image.width()); return CompletableFuture.completedFuture(null); }
        @Override public CompletableFuture<Optional<String>> readText() { return CompletableFuture.completedFuture(text); }
        @Override public CompletableFuture<Optional<Image>> readImage() { return CompletableFuture.completedFuture(Optional.empty()); }
        @Override public CompletableFuture<Void> clear() { calls.add("clear"); return CompletableFuture.completedFuture(null); }
    }

    private final Recording platform = new Recording();
    private final Clipboard clipboard = new Clipboard(platform);

    @Test
    void htmlWithoutAltTextOffersTheHtmlAsPlainText() {
        clipboard.writeHtml("<b>x</b>", null).join();
        clipboard.writeHtml("<b>y</b>", "y").join();
        assertThat(platform.calls).containsExactly("html <b>x</b> | <b>x</b>", "html <b>y</b> | y");
    }

    @Test
    void readingAnEmptyClipboardFailsWithArboardsMessage() {
        assertThatThrownBy(() -> clipboard.readText().get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.code()).isEqualTo(Clipboard.EMPTY))
                .hasMessageContaining("clipboard is empty");
        assertThatThrownBy(() -> clipboard.readImage().get()).cause().isInstanceOf(CommandException.class);
        platform.text = Optional.of("hi");
        assertThat(clipboard.readText().join()).isEqualTo("hi");
    }
}
