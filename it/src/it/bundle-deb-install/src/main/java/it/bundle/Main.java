package it.bundle;

import dev.tauri4j.Tauri;

public final class Main {
    public static void main(String[] args) {
        Tauri.builder()
                .command("greet", (String name) -> "Hello, " + name + ", from the installed app")
                .run(args);
    }
}
