package ${package};

import dev.tauri4j.Channel;
import dev.tauri4j.Command;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * What the page can call. Plain static methods marked {@code @Command}: the annotation processor registers them and
 * writes {@code src/bindings.ts}, typed functions the page imports; {@code CommandsTest} calls them directly.
 */
public final class Commands {

    /** What {@code greet} answers; the page gets it as the JSON object {@code {message, length}}. */
    public record Greeting(String message, int length) {}

    /** What {@code checksum} answers. */
    public record Checksum(int length, String crc32) {}

    private Commands() {}

    /**
     * Greets someone; the page calls {@code greet(name)} from {@code ./bindings}.
     *
     * @param name who to greet
     */
    @Command
    public static Greeting greet(String name) {
        String who = name == null || name.isBlank() ? "stranger" : name.strip();
        return new Greeting("Hello, " + who + "! You've been greeted from Java " + Runtime.version().feature() + ".",
                who.length());
    }

    /** The CRC-32 of some bytes: a Uint8Array arrives as {@code byte[]}, without JSON in between. */
    @Command
    public static Checksum checksum(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return new Checksum(data.length, HexFormat.of().toHexDigits((int) crc.getValue()));
    }

    /**
     * Counts down: sends {@code from}, {@code from - 1}, ... 0 through the channel, one number every 300 ms, then answers.
     *
     * @param progress the page's {@code new Channel<number>()}
     * @param from     where to start
     */
    @Command
    public static String countdown(Channel<Integer> progress, int from) {
        return countdown(progress, from, Duration.ofMillis(300));
    }

    /** As {@link #countdown(Channel, int)}, one number each {@code step} (tests pass zero). */
    public static String countdown(Channel<Integer> progress, int from, Duration step) {
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
