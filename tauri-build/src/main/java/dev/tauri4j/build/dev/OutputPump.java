package dev.tauri4j.build.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Copies a process's output, line by line, to a consumer on a virtual thread. */
final class OutputPump {

    private OutputPump() {}

    static Thread start(String name, InputStream in, Consumer<String> lines) {
        return Thread.ofVirtual().name(name).start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) lines.accept(line);
            } catch (IOException e) {
                // the process went away; nothing more to copy
            }
        });
    }
}
