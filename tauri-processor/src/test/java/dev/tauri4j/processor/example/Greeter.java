package dev.tauri4j.processor.example;

import dev.tauri4j.Command;
import dev.tauri4j.CommandException;
import dev.tauri4j.Window;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Static commands: the simple cases. */
public final class Greeter {

    private Greeter() {}

    /**
     * Greets someone by name.
     *
     * @param name who to greet
     * @return the greeting and the name's length
     */
    @Command
    public static Greeting greet(String name) {
        return new Greeting("Hello, " + name + "!", name.length());
    }

    /** Adds up numbers; JS calls it {@code sum_all}. */
    @Command("sum_all")
    public static long sum(int[] numbers, @Nullable Integer start) {
        long total = start == null ? 0 : start;
        for (int n : numbers) total += n;
        return total;
    }

    /** The sum of each entry's scores. */
    @Command
    public static int tally(Map<String, Integer> scores) {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Always fails, with the code the caller picks.
     *
     * @throws CommandException every time
     */
    @Command
    public static void failWith(String code) {
        throw new CommandException(code, "failed on purpose", Map.of("hint", "look here"));
    }

    /** The label of the window that called. */
    @Command
    public static String whoami(Window window) {
        return window.label();
    }

    /** Counts calls, in the app's managed {@link Counter}. */
    @Command
    public static int increment(Counter counter) {
        return counter.incrementAndGet();
    }

    /** Answers after {@code ms} milliseconds, without holding a thread. */
    @Command
    public static CompletableFuture<String> later(int ms) {
        return CompletableFuture.supplyAsync(() -> "later " + ms, CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS));
    }
}
