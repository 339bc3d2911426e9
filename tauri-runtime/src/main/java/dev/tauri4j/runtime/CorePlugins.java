package dev.tauri4j.runtime;

import dev.tauri4j.ipc.CommandRegistry;

/** Registers the core {@code plugin:app|path|window|webview} commands of {@code @tauri-apps/api}. */
final class CorePlugins {

    private CorePlugins() {}

    static void register(CommandRegistry registry, AppRuntime app) {
        AppCommands.register(registry, app);
        WindowCommands.register(registry, app);
        MonitorCommands.register(registry, app);
        WebviewCommands.register(registry, app);
        PathCommands.register(registry, new BaseDirectories(System::getenv, app.config().identifier(),
                BaseDirectories.defaultResourceDir()));
    }
}
