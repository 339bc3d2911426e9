package dev.tauri4j.internal.core.app;

import dev.tauri4j.internal.core.window.WindowCommands;
import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.WindowRuntime;
import dev.tauri4j.CommandRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/** The {@code plugin:app|*} commands that {@code @tauri-apps/api/app} sends. */
public final class AppCommands {


    private AppCommands() {}

    public static void register(CommandRegistry registry, AppRuntime app) {
        registry.handler("name", call -> app.config().productName());
        registry.handler("version", call -> app.config().version());
        registry.handler("identifier", call -> app.config().identifier());
        // Tauri answers with its own crate version; the runtime behind the API here is tauri4j, so its version it is
        registry.handler("tauri_version", call -> version());
        // Tauri implements these on macOS only (the whole app); on Linux we show or hide every window
        registry.handler("app_show", call -> {
            for (var w : List.copyOf(app.windows())) w.show();
            return null;
        });
        registry.handler("app_hide", call -> {
            for (var w : List.copyOf(app.windows())) w.hide();
            return null;
        });
        registry.handler("default_window_icon", call -> null); // the jar carries no window icon yet: JS gets null, as with no icon
        registry.handler("set_app_theme", call -> {
            Boolean dark = WindowCommands.theme(call.optionalArg("theme", String.class).orElse(null));
            var any = app.windows().stream().findFirst().orElseThrow(() -> new dev.tauri4j.CommandException(
                    "WINDOW_NOT_FOUND", "set_app_theme needs an open window to reach the desktop's theme settings"));
            ((WindowRuntime) any).applyAndWait(n -> n.setDarkTheme(dark));
            return null;
        });
        registry.handler("supports_multiple_windows", call -> true);
        registry.handler("exit", call -> {
            app.exit(call.optionalArg("code", Integer.class).orElse(0));
            return null;
        });
    }

    /** The tauri4j version, written into the jar by the build. */
    public static String version() {
        try (InputStream in = AppCommands.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
