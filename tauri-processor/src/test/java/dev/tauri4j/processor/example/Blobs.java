package dev.tauri4j.processor.example;

import dev.tauri4j.Channel;
import dev.tauri4j.Command;

/** Binary data, channels, and an instance command whose object comes only from the app state. */
public final class Blobs {

    private final String prefix;

    /** Managed by {@link ExampleApp}; there is no no-arg constructor. */
    public Blobs(String prefix) {
        this.prefix = prefix;
    }

    /** A checksum of the bytes, which travel as the raw request body. */
    @Command
    public long checksum(byte[] data) {
        long sum = 0;
        for (byte b : data) sum = (sum * 31 + (b & 0xff)) % 1_000_000_007L;
        return sum;
    }

    /** {@code size} bytes of a fixed pattern; JS receives them as binary. */
    @Command
    public static byte[] makeBytes(int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) out[i] = (byte) (i * 7 + 3);
        return out;
    }

    /** Two byte arrays joined; with two of them, they travel inside JSON. */
    @Command
    public static byte[] concat(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /**
     * Counts down from {@code from}, sending each step through the channel.
     *
     * @param onProgress where the steps go
     * @param from       where to start
     */
    @Command
    public String countdown(Channel<Progress> onProgress, int from) {
        for (int i = from; i > 0; i--) onProgress.send(new Progress(i - 1, prefix + i));
        onProgress.close();
        return prefix + "done";
    }
}
