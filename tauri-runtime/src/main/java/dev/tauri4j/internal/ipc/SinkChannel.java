package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Channel;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link Channel} behind a JS {@code Channel} argument: numbers each message so that
 * {@code @tauri-apps/api}'s Channel can put them back in order, and tells it when the stream ends.
 */
public final class SinkChannel<T> implements Channel<T> {

    /** How a JS {@code Channel} serialises itself into the arguments object. */
    public static final String PREFIX = "__CHANNEL__:";

    /** One message as the JS Channel expects it. */
    public record Message(long index, Object message) {}

    /** The end marker as the JS Channel expects it: {@code index} is the number of messages sent. */
    public record End(long index, boolean end) {}

    private final long id;
    private final CallbackSink sink;
    // a lock rather than an atomic counter: the index must be taken and delivered as one step, or two
    // threads could deliver 1 before 0 and the JS side would hold message 1 back until 0 shows up
    private final ReentrantLock lock = new ReentrantLock();
    private long next;
    private boolean closed;

    /** A channel delivering to the JS callback {@code id} through {@code sink}. */
    public SinkChannel(long id, CallbackSink sink) {
        this.id = id;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The callback id in a {@code "__CHANNEL__:<id>"} argument, if it is one. */
    public static OptionalLong parseId(JsonNode node) {
        if (node == null || !node.isTextual() || !node.textValue().startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(node.textValue().substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The channel behind a {@code "__CHANNEL__:<id>"} value found inside an argument (a menu item's {@code handler}),
     * delivering where the call's own channels do.
     *
     * @throws dev.tauri4j.CommandException {@code INVALID_ARGUMENT} naming {@code where} when it is no channel
     */
    public static <T> Channel<T> nested(dev.tauri4j.Invocation call, JsonNode value, String where) {
        OptionalLong id = parseId(value);
        if (id.isEmpty() || !(call instanceof Call c)) {
            throw Arguments.invalid(call.command(), where, "a Channel (a JS Channel object)", value);
        }
        return new SinkChannel<>(id.getAsLong(), c.context().sink());
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public void send(T message) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("channel " + id + " is closed");
            }
            sink.deliver(id, new Message(next, message));
            // counted only once delivered, so a failed delivery leaves no gap the JS side would wait on forever
            next++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                sink.deliver(id, new End(next, true));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Channel[" + id + "]";
    }
}
