package ${package};

import dev.tauri4j.Tauri;
import java.util.Map;

/**
 * Starts the app: opens the window from tauri.conf.json and emits a tick each second. The {@code @Command}
 * methods of {@link Commands} register themselves: the annotation processor generates their registrar.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Tauri.builder()
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
