package it.bundle;

import dev.tauri4j.App;
import dev.tauri4j.Tauri;
import java.nio.charset.StandardCharsets;

/** The installed-deb fixture app: the commands the IT calls through WebDriver after dpkg -i. */
public final class Main {
    public static void main(String[] args) {
        Tauri.builder()
                .command("greet", (String name) -> "Hello, " + name + ", from the installed app")
                // the bundle.externalBin sidecar where the installed app finds it (next to its launcher), run
                .command("sidecar", (App app) -> {
                    Process p = new ProcessBuilder(app.externalBinary("binaries/hello-sidecar").toString())
                            .redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    return p.waitFor() + " " + out;
                })
                .run(args);
    }
}
