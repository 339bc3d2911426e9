package dev.tauri4j.processor.example;

import java.util.concurrent.atomic.AtomicInteger;

/** App state: managed in {@link ExampleApp}, injected into {@code increment} by type. */
public final class Counter {
    private final AtomicInteger value = new AtomicInteger();

    int incrementAndGet() {
        return value.incrementAndGet();
    }
}
