package dev.tauri4j.internal.core.window;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.ProgressBarStatus;
import dev.tauri4j.internal.core.image.JsImages;
import dev.tauri4j.internal.runtime.AppRuntime;

/**
 * The {@code plugin:window} commands about how a window sits on the desktop: click-through, its icon, the app's
 * progress bar and badge on the dock, and the buttons and shadow that Tauri accepts but cannot change on Linux.
 */
public final class WindowShellCommands {

    private WindowShellCommands() {}

    public static void register(CommandRegistry registry, AppRuntime app) {
        registry.handler("set_ignore_cursor_events", call -> {
            WindowCommands.target(app, call).setIgnoreCursorEvents(call.arg("value", Boolean.class));
            return null;
        });
        registry.handler("set_icon", call -> {
            var window = WindowCommands.target(app, call);
            window.setIcon(JsImages.read(call, call.optionalArg("value", JsonNode.class).orElse(null), "the window icon"));
            return null;
        });
        registry.handler("set_progress_bar", call -> {
            JsonNode state = call.optionalArg("value", JsonNode.class).orElse(null);
            if (state == null || !state.isObject()) {
                throw new CommandException("INVALID_ARGUMENT", "set_progress_bar: value must be {status, progress}, found " + state);
            }
            WindowCommands.target(app, call).setProgressBar(status(state.get("status")), progress(state.get("progress")));
            return null;
        });
        registry.handler("set_badge_count", call -> {
            Long count = call.optionalArg("value", Long.class).orElse(null);
            WindowCommands.target(app, call).setBadgeCount(count);
            return null;
        });
        // Linux has no switch for these (tao: is_* answers true, set_* does nothing); Tauri accepts them all the same
        registry.handler("is_maximizable", call -> WindowCommands.target(app, call).isMaximizable());
        registry.handler("is_minimizable", call -> WindowCommands.target(app, call).isMinimizable());
        accepted(registry, app, "set_maximizable");
        accepted(registry, app, "set_minimizable");
        accepted(registry, app, "set_shadow");
    }

    private static void accepted(CommandRegistry registry, AppRuntime app, String name) {
        registry.handler(name, call -> {
            WindowCommands.target(app, call);
            call.arg("value", Boolean.class);
            return null;
        });
    }

    private static ProgressBarStatus status(JsonNode status) {
        if (status == null || status.isNull()) return null;
        try {
            return ProgressBarStatus.of(status.asText());
        } catch (IllegalArgumentException e) {
            throw new CommandException("INVALID_ARGUMENT", "set_progress_bar: " + e.getMessage());
        }
    }

    private static Integer progress(JsonNode progress) {
        if (progress == null || progress.isNull()) return null;
        if (!progress.canConvertToLong() || progress.asLong() < 0) {
            throw new CommandException("INVALID_ARGUMENT", "set_progress_bar: progress must be a whole number from 0 to 100, found " + progress);
        }
        return (int) Math.min(100, progress.asLong());
    }
}
