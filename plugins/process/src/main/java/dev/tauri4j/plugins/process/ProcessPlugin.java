package dev.tauri4j.plugins.process;

import dev.tauri4j.App;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;

/**
 * Tauri's process plugin ({@code @tauri-apps/plugin-process} 2.4.0): {@code exit} ends the app with a code and
 * {@code restart} (the npm package's {@code relaunch()}) starts it again with the same command line, see
 * {@link Relaunch}. Both go through {@link App#exit}, so windows close and every plugin's {@code onExit} runs.
 */
public final class ProcessPlugin implements Plugin {

    @Override
    public String name() {
        return "process";
    }

    @Override
    public void setup(PluginContext context) {
        context.commands()
                .command("exit", (App app, Integer code) -> exit(app, code))
                .command("restart", (App app) -> restart(app));
    }

    private static Void exit(App app, Integer code) {
        app.exit(code == null ? 0 : code);
        return null;
    }

    private static Void restart(App app) {
        Relaunch.current().restart(app);
        return null;
    }
}
