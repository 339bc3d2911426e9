package dev.tauri4j.internal.ipc;

import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.WebviewPlatform;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Everything Java sends to one page (answers, events, channel messages), queued in order and flushed with one
 * evaluate_javascript per batch: one eval per message caps near 100k/s, a coalesced flush is an order faster and
 * never floods the UI thread with tasks.
 */
public final class Outbox implements CallbackSink {

    /** A flush stops here so one eval stays short and the UI stays responsive. */
    private static final int MAX_BATCH_CHARS = 8 << 20;

    private final WebviewPlatform platform;
    private final Supplier<NativeWebview> view;
    private final ConcurrentLinkedQueue<String> entries = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong resolved = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();

    public Outbox(WebviewPlatform platform, Supplier<NativeWebview> view) {
        this.platform = platform;
        this.view = view;
    }

    @Override
    public void deliver(long callbackId, Object payload) {
        deliverJson(callbackId, json(payload));
    }

    /** Runs the JS callback with an already serialised JSON value. */
    public void deliverJson(long callbackId, String json) {
        add("[0," + callbackId + "," + json + "]");
    }

    /** Resolves the page's pending invoke {@code callId} with a JSON value. */
    void resolve(long callId, String json) {
        resolved.incrementAndGet();
        add("[1," + callId + "," + json + "]");
    }

    /** Rejects the page's pending invoke {@code callId} with a JSON error object. */
    void reject(long callId, String errorJson) {
        rejected.incrementAndGet();
        add("[2," + callId + "," + errorJson + "]");
    }

    /** Tells the page to fetch a binary answer for {@code callId} over the ipc: scheme. */
    void pullBinary(long callId, String token) {
        add("[3," + callId + ",\"" + token + "\"]");
    }

    /** How many invokes this window's pages got answered {@code [resolved, rejected]}: tests and diagnostics. */
    public long[] answered() {
        return new long[] {resolved.get(), rejected.get()};
    }

    /** Forgets what the previous page did not get yet (the page is gone). */
    public void clear() {
        entries.clear();
    }

    private void add(String entry) {
        entries.add(entry);
        if (scheduled.compareAndSet(false, true)) platform.dispatch(this::flush);
    }

    private void flush() {
        scheduled.set(false);
        if (entries.isEmpty()) return;
        StringBuilder script = new StringBuilder(256).append("window.__TAURI4J_DELIVER__([");
        int start = script.length();
        String entry;
        while (script.length() < MAX_BATCH_CHARS && (entry = entries.poll()) != null) {
            if (script.length() > start) script.append(',');
            script.append(entry);
        }
        script.append("])");
        NativeWebview target = view.get();
        if (target != null) target.eval(script.toString());
        if (!entries.isEmpty() && scheduled.compareAndSet(false, true)) platform.dispatch(this::flush);
    }

    public static String json(Object value) {
        try {
            return JsonCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + " to JSON: " + e.getOriginalMessage(), e);
        }
    }
}
