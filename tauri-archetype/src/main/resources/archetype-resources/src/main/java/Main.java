package ${package};

import dev.tauri4j.Channel;
import dev.tauri4j.Tauri;
import java.time.Duration;
import java.util.Map;

/** Starts the app: registers the commands, opens the window from tauri.conf.json, emits a tick each second. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Tauri.builder()
                // lambda parameters name the JS arguments' types; use boxed types (Integer, not int)
                .command("greet", (String name) -> Commands.greet(name))
                .command("checksum", (byte[] data) -> Commands.checksum(data))
                .command("countdown", (Channel<Integer> progress, Integer from) ->
                        Commands.countdown(progress, from, Duration.ofMillis(300)))
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
