package dev.tauri4j.internal.runtime;

import dev.tauri4j.App;
import dev.tauri4j.ProgressBarStatus;
import dev.tauri4j.Tauri;
import dev.tauri4j.assets.ClasspathAssetSource;

/** The app {@link WindowLooksEndToEndIT} drives: the window features from JS, and the launcher entry from Java. */
public final class WindowLooksApp {

    private WindowLooksApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(WindowLooksApp.class.getClassLoader(), "e2e/assets"))
                .command("javaLauncher", (App app) -> {
                    var w = app.window("main").orElseThrow();
                    w.setProgressBar(ProgressBarStatus.PAUSED, 10);
                    w.setBadgeCount(3L);
                    return w.isMaximizable() && w.isMinimizable() && w.isClosable();
                })
                .run(args);
    }
}
