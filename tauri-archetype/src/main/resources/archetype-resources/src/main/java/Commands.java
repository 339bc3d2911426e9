package ${package};

import dev.tauri4j.Channel;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * What the page can call. Plain static methods: {@link Main} registers them as commands, and
 * {@code CommandsTest} calls them directly, without a window.
 */
public final class Commands {

    /** What {@code greet} answers; the page gets it as the JSON object {@code {message, length}}. */
    public record Greeting(String message, int length) {}

    /** What {@code checksum} answers. */
    public record Checksum(int length, String crc32) {}

    private Commands() {}

    /** {@code invoke("greet", { name })}: arguments bind by name. */
    public static Greeting greet(String name) {
        String who = name == null || name.isBlank() ? "stranger" : name.strip();
        return new Greeting("Hello, " + who + "! You've been greeted from Java " + Runtime.version().feature() + ".",
                who.length());
    }

    /** {@code invoke("checksum", uint8Array)}: a Uint8Array arrives as {@code byte[]}, without JSON in between. */
    public static Checksum checksum(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return new Checksum(data.length, HexFormat.of().toHexDigits((int) crc.getValue()));
    }

    /**
     * {@code invoke("countdown", { progress: new Channel(), from })}: sends {@code from}, {@code from - 1}, ... 0
     * through the channel, one number each {@code step}, then answers.
     */
    public static String countdown(Channel<Integer> progress, Integer from, Duration step) {
        for (int n = from; n >= 0; n--) {
            progress.send(n);
            if (n > 0) {
                sleep(step);
            }
        }
        progress.close();
        return "Liftoff!";
    }

    private static void sleep(Duration step) {
        try {
            Thread.sleep(step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("countdown interrupted", e);
        }
    }
}
