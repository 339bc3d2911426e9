package dev.tauri4j.examples.echo;

import dev.tauri4j.Tauri;
import dev.tauri4j.assets.ClasspathAssetSource;

/** The app the echo plugin's test drives: no commands of its own, only the plugin (and the core plugins). */
public final class EchoApp {

    private EchoApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(EchoApp.class.getClassLoader(), "echo-e2e/assets"))
                .plugin(new EchoPlugin())
                .run(args);
    }
}
