package dev.tauri4j.internal.runtime;

import dev.tauri4j.App;
import dev.tauri4j.Tauri;
import dev.tauri4j.assets.DirectoryAssetSource;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app the security tests attack: a CSP, a frozen prototype, assets checked against a signed manifest, and a
 * command with a side effect ({@code poke}) whose counter shows whether a forged call got through.
 */
public final class SecureApp {

    private static final AtomicInteger POKES = new AtomicInteger();
    private static volatile App app;

    private SecureApp() {}

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new DirectoryAssetSource(Path.of(System.getProperty("security.assets"))))
                .command("greet", (String name) -> "Hello, " + name)
                .command("add", (Integer a, Integer b) -> a + b)
                .command("poke", (byte[] data) -> POKES.incrementAndGet())
                .command("pokes", () -> POKES.get())
                .command("echo", (byte[] data) -> data)
                // test only: lets the tests play an attacker who somehow holds the key
                .command("leakkey", () -> ((AppRuntime) app).router().invokeKey())
                .command("answered", () -> ((AppRuntime) app).windowRuntime("main").outbox().answered())
                .setup(a -> app = a)
                .run(args);
    }
}
