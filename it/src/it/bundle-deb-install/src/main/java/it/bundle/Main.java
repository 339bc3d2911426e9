package it.bundle;

import dev.tauri4j.Tauri;

/** The installed-deb fixture app: one command the IT calls through WebDriver after dpkg -i. */
public final class Main {
    public static void main(String[] args) {
        Tauri.builder()
                .command("greet", (String name) -> "Hello, " + name + ", from the installed app")
                .run(args);
    }
}
