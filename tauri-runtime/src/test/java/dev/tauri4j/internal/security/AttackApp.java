package dev.tauri4j.internal.security;

import dev.tauri4j.Tauri;
import dev.tauri4j.assets.ClasspathAssetSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The app the capability attack tests drive: commands with side effects the tests count from Java's side. */
public final class AttackApp {

    private static final AtomicInteger INCREMENTS = new AtomicInteger();
    private static final AtomicInteger WIPES = new AtomicInteger();
    private static final AtomicInteger SECRETS = new AtomicInteger();

    private AttackApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(AttackApp.class.getClassLoader(), "attack/assets"))
                .openExternalLinksInBrowser(Boolean.getBoolean("attack.openLinks"))
                .command("greet", (String name) -> "Hello, " + name)
                .command("increment", () -> INCREMENTS.incrementAndGet())
                .command("wipe", () -> WIPES.incrementAndGet())
                .command("secret", () -> "secret #" + SECRETS.incrementAndGet())
                .command("echoBytes", (byte[] data) -> data)
                .command("runs", () -> Map.of("increments", INCREMENTS.get(), "wipes", WIPES.get(), "secrets", SECRETS.get()))
                .run(args);
    }
}
