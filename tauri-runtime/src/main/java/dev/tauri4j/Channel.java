package dev.tauri4j;

/**
 * An ordered stream of messages to one JS {@code Channel} passed as a command argument (progress, output,
 * streams). Safe to use from any thread; messages arrive in the order {@link #send} calls return.
 */
public interface Channel<T> {

    /** The JS callback id this channel delivers to. */
    long id();

    /** Sends one message (serialised to JSON); throws {@link IllegalStateException} once closed. */
    void send(T message);

    /** Tells JS that no more messages follow, so it can drop its callback; later calls do nothing. */
    void close();

    /** Whether {@link #close} has been called. */
    boolean isClosed();
}
