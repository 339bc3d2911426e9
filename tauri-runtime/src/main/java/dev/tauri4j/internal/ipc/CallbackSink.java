package dev.tauri4j.internal.ipc;

/** Delivers a value to a JS callback registered with {@code transformCallback} in one window. */
@FunctionalInterface
public interface CallbackSink {

    /** Queues {@code payload} (serialised to JSON) for the callback {@code callbackId}; never blocks. */
    void deliver(long callbackId, Object payload);
}
