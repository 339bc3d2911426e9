package dev.tauri4j.processor.example;

import dev.tauri4j.Tauri;
import dev.tauri4j.assets.DirectoryAssetSource;
import java.nio.file.Path;

/** The app the real-window test drives: its commands come only from the generated registrar. */
public final class ExampleApp {

    private ExampleApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new DirectoryAssetSource(Path.of(System.getProperty("example.assets"))))
                .manage(new Counter())
                .manage(new Blobs("step "))
                .run(args);
    }
}
