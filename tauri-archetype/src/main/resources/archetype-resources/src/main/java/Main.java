package ${package};

import dev.tauri4j.Tauri;
import dev.tauri4j.plugins.dialog.DialogPlugin;
import dev.tauri4j.plugins.fs.FsPlugin;
import dev.tauri4j.plugins.opener.OpenerPlugin;
import dev.tauri4j.plugins.store.StorePlugin;
import java.util.Map;

/**
 * Starts the app: opens the window from tauri.conf.json and emits a tick each second. The {@code @Command}
 * methods of {@link Commands} register themselves: the annotation processor generates their registrar. The
 * plugins answer Tauri's npm packages the page imports ({@code @tauri-apps/plugin-dialog}, {@code -fs},
 * {@code -opener}, {@code -store}); {@code capabilities/default.json} says what the page may ask of each.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Tauri.builder()
                .plugin(new DialogPlugin())
                .plugin(new FsPlugin())
                .plugin(new OpenerPlugin())
                .plugin(new StorePlugin())
                .setup(app -> {
                    // runs on its own thread once the window is up: an event the page listens to
                    for (long seconds = 0; ; seconds++) {
                        app.emit("tick", Map.of("seconds", seconds));
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                })
                .run(args);
    }
}
