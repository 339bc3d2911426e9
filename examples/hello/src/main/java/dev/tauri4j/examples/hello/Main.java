package dev.tauri4j.examples.hello;

import dev.tauri4j.Tauri;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The smallest tauri4j app: one command, one event, a page from the jar. */
public final class Main {

    /** What {@code greet} answers; becomes a JSON object in the page. */
    record Greeting(String text, int length) {}

    public static void main(String[] args) {
        Tauri.builder()
                .command("greet", (String name) -> new Greeting("Hello, " + name + "! (from Java " + Runtime.version().feature() + ")", name.length()))
                .setup(app -> {
                    // a Java-side clock: the page shows each tick it hears
                    while (true) {
                        app.emit("tick", Map.of("time", LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                                "pid", ProcessHandle.current().pid()));
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
