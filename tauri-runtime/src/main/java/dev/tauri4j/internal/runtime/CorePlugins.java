package dev.tauri4j.internal.runtime;

import dev.tauri4j.internal.core.app.AppCommands;
import dev.tauri4j.internal.core.event.EventBus;
import dev.tauri4j.internal.core.event.EventCommands;
import dev.tauri4j.internal.core.image.ImageCommands;
import dev.tauri4j.internal.core.path.BaseDirectories;
import dev.tauri4j.internal.core.path.PathCommands;
import dev.tauri4j.internal.core.resources.ResourcesCommands;
import dev.tauri4j.internal.core.webview.WebviewCommands;
import dev.tauri4j.internal.core.window.MonitorCommands;
import dev.tauri4j.internal.core.window.WindowCommands;
import dev.tauri4j.plugin.Plugin;
import java.util.List;
import java.util.Set;

/** The core plugins behind {@code @tauri-apps/api}'s {@code plugin:app|event|path|window|webview|resources|image|menu|tray} commands. */
final class CorePlugins {

    /** Names no other plugin may take: Tauri's core plugins and the prefix. */
    static final Set<String> RESERVED = Set.of("core", "app", "event", "path", "window", "webview", "menu", "tray",
            "image", "resources");

    private CorePlugins() {}

    static List<Plugin> of(AppRuntime app, EventBus events, dev.tauri4j.internal.core.menu.AppMenus menus) {
        return List.of(
                new CorePlugin("event", ctx -> EventCommands.register(ctx.commands(), events)),
                new CorePlugin("app", ctx -> AppCommands.register(ctx.commands(), app)),
                new CorePlugin("window", ctx -> {
                    WindowCommands.register(ctx.commands(), app);
                    MonitorCommands.register(ctx.commands(), app);
                    dev.tauri4j.internal.core.window.WindowShellCommands.register(ctx.commands(), app);
                }),
                new CorePlugin("webview", ctx -> WebviewCommands.register(ctx.commands(), app)),
                new CorePlugin("path", ctx -> PathCommands.register(ctx.commands(), new BaseDirectories(app.platform().directories(),
                        app.config().identifier(), BaseDirectories.defaultResourceDir()))),
                new CorePlugin("resources", ctx -> ResourcesCommands.register(ctx.commands(), app)),
                new CorePlugin("image", ctx -> ImageCommands.register(ctx.commands())),
                new CorePlugin("menu", ctx -> dev.tauri4j.internal.core.menu.MenuCommands.register(ctx.commands(), menus)),
                new CorePlugin("tray", ctx -> dev.tauri4j.internal.core.tray.TrayCommands.register(ctx.commands(), app.trays())));
    }
}
