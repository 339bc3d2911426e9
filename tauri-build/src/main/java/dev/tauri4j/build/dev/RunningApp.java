package dev.tauri4j.build.dev;

import java.util.concurrent.CompletableFuture;

/** A started app, as {@link DevLoop} sees it. */
public interface RunningApp {

    /** Completes with the exit code when the app ends, by itself or through {@link #stop()}. */
    CompletableFuture<Integer> onExit();

    /** Ends the app and everything it started; returns once they are gone. Safe to call twice. */
    void stop();

    default boolean isAlive() {
        return !onExit().isDone();
    }
}
