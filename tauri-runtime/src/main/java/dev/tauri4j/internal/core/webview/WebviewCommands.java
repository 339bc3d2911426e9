package dev.tauri4j.internal.core.webview;

import dev.tauri4j.internal.core.window.Rgba;
import dev.tauri4j.internal.core.window.WindowCommands;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.WindowRuntime;
import dev.tauri4j.CommandException;
import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.Window;
import dev.tauri4j.CommandRegistry;
import java.util.Map;

/**
 * The {@code plugin:webview|*} commands that {@code getCurrentWebview()} and {@code getCurrentWebviewWindow()} need.
 * Each window holds exactly one webview with the window's label, filling the window.
 */
public final class WebviewCommands {


    private WebviewCommands() {}

    public static void register(CommandRegistry registry, AppRuntime app) {
        registry.handler("create_webview_window", call -> WindowCommands.create(app, call, "plugin:webview|create_webview_window"));
        registry.handler("get_all_webviews", call -> app.windows().stream().map(Window::label).sorted()
                .map(label -> Map.of("windowLabel", label, "label", label)).toList());
        // the webview fills its window: it sits at the window's inner origin, and has its inner size
        registry.handler("webview_position", call -> {
            WindowCommands.target(app, call);
            return new PhysicalPosition(0, 0);
        });
        registry.handler("webview_size", call -> WindowCommands.target(app, call).innerSize());
        registry.handler("set_webview_zoom", call -> {
            double zoom = call.arg("value", double.class);
            if (!(zoom > 0) || Double.isInfinite(zoom)) {
                throw new CommandException("INVALID_ARGUMENT", "zoom must be a positive number (1.0 is 100 %), found " + zoom);
            }
            WindowCommands.target(app, call).applyAndWait(w -> w.setZoom(zoom));
            return null;
        });
        registry.handler("set_webview_focus", call -> {
            WindowCommands.target(app, call).applyAndWait(w -> w.focus());
            return null;
        });
        registry.handler("set_webview_background_color", call -> {
            Rgba c = Rgba.read(call.optionalArg("value", com.fasterxml.jackson.databind.JsonNode.class).orElse(null));
            int[] rgba = c == null ? null : new int[] {c.red(), c.green(), c.blue(), c.alpha()};
            WindowCommands.target(app, call).applyAndWait(w -> w.setWebviewBackgroundColor(rgba));
            return null;
        });
        // WebKit clears asynchronously; the command answers when it has finished
        registry.handler("clear_all_browsing_data", call -> {
            java.util.concurrent.CompletableFuture<Object> cleared = new java.util.concurrent.CompletableFuture<>();
            WindowCommands.target(app, call).applyAndWait(w -> w.clearBrowsingData(error -> {
                if (error == null) cleared.complete(null);
                else cleared.completeExceptionally(new CommandException("CLEAR_FAILED", "clearing the browsing data failed: " + error));
            }));
            return cleared;
        });
        registry.handler("webview_hide", call -> {
            WindowCommands.target(app, call).applyAndWait(w -> w.setWebviewVisible(false));
            return null;
        });
        registry.handler("webview_show", call -> {
            WindowCommands.target(app, call).applyAndWait(w -> w.setWebviewVisible(true));
            return null;
        });
        // closing the only webview of a window closes the window, as in Tauri for a webview window
        registry.handler("webview_close", call -> {
            WindowRuntime w = WindowCommands.target(app, call);
            w.query(v -> {
                v.close();
                return null;
            });
            return null;
        });
    }
}
