package dev.tauri4j.plugins.it;

import dev.tauri4j.Tauri;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugins.log.LogPlugin;
import dev.tauri4j.plugins.os.OsPlugin;
import dev.tauri4j.plugins.process.ProcessPlugin;

/** The app the plugins' real-window tests drive: the os, process and log plugins, and a witness of the exit path. */
public final class PluginsApp {

    private PluginsApp() {}

    /** Prints the code every plugin's {@code onExit} gets, so a test sees that an exit took the app's exit path. */
    static final class ExitWitness implements Plugin {
        @Override
        public String name() {
            return "exit-witness";
        }

        @Override
        public void onExit(int code) {
            System.out.println("exit-witness: onExit(" + code + ")");
            System.out.flush();
        }
    }

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(PluginsApp.class.getClassLoader(), "plugins-e2e/assets"))
                .plugin(new OsPlugin())
                .plugin(new ProcessPlugin())
                .plugin(new LogPlugin())
                .plugin(new ExitWitness())
                .run(args);
    }
}
