package dev.tauri4j.internal.ipc;

import dev.tauri4j.App;
import dev.tauri4j.Window;

/** Where a call comes from and what it may reach: the app, the calling window, its callbacks and the app state. */
public record CallContext(App app, Window window, CallbackSink sink, StateStore state) {

    private static final CallbackSink NO_SINK = (id, payload) -> {
        throw new IllegalStateException("this call has no callback sink, so channels cannot deliver");
    };

    /** Fills in an empty state store and a sink that refuses delivery when none is given (handy in tests). */
    public CallContext {
        if (sink == null) {
            sink = NO_SINK;
        }
        if (state == null) {
            state = new StateStore();
        }
    }
}
