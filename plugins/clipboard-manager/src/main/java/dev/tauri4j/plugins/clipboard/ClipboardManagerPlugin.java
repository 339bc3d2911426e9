package dev.tauri4j.plugins.clipboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Window;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Tauri's clipboard-manager plugin ({@code @tauri-apps/plugin-clipboard-manager} 2.3.3): {@code write_text},
 * {@code read_text}, {@code write_html}, {@code write_image}, {@code read_image} (an {@code Image} rid in the calling
 * window's resource table) and {@code clear}, on the system clipboard through GTK's. Its default permission set is
 * empty, as Tauri's: a capability grants each command. {@link Clipboard} is the Java API.
 */
public final class ClipboardManagerPlugin implements Plugin {

    private final Function<App, NativeClipboard> platform;
    private volatile Clipboard clipboard;

    /** The plugin with this platform's clipboard. */
    public ClipboardManagerPlugin() {
        this(NativeClipboard::of);
    }

    ClipboardManagerPlugin(Function<App, NativeClipboard> platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "clipboard-manager";
    }

    @Override
    public void setup(PluginContext context) {
        Clipboard clipboard = new Clipboard(platform.apply(context.app()));
        this.clipboard = clipboard;
        context.manage(clipboard);
        context.commands()
                .command("write_text", this::writeText) // method references keep the Optionals' type arguments
                .command("read_text", () -> clipboard.readText())
                .command("write_html", this::writeHtml)
                .command("write_image", (Window window, JsonNode image) ->
                        clipboard.writeImage(ImageArgument.resolve(image, window.resources())))
                .command("read_image", (Window window) -> clipboard.readImage().thenApply(i -> window.resources().add(i)))
                .command("clear", () -> clipboard.clear());
    }

    /** {@code plugin:clipboard-manager|write_text}; {@code label} is Android's clip label in Tauri, desktops have none. */
    CompletableFuture<Void> writeText(String text, Optional<String> label) {
        return clipboard.writeText(text);
    }

    /** {@code plugin:clipboard-manager|write_html}. */
    CompletableFuture<Void> writeHtml(String html, Optional<String> altText) {
        return clipboard.writeHtml(html, altText.orElse(null));
    }
}
