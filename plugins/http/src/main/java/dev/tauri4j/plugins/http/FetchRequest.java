package dev.tauri4j.plugins.http;

/**
 * A request that {@code fetch} prepared and {@code fetch_send} sends: the resource behind the first rid JS holds.
 * {@code fetch_cancel} cancels it, before or while it is sent, and so does freeing it with the page (closing it).
 */
final class FetchRequest implements AutoCloseable {

    private final Exchange exchange;
    private final Fetched ready;
    private volatile boolean canceled;

    private FetchRequest(Exchange exchange, Fetched ready) {
        this.exchange = exchange;
        this.ready = ready;
    }

    /** A request over the network. */
    static FetchRequest of(Exchange exchange) {
        return new FetchRequest(exchange, null);
    }

    /** A request whose answer is already known (a {@code data:} URL). */
    static FetchRequest answered(Fetched response) {
        return new FetchRequest(null, response);
    }

    /** Sends it (once) and waits for the response's head; throws "Request canceled" after {@link #cancel()}. */
    Fetched send() throws InterruptedException {
        if (canceled) throw FetchError.canceled();
        return exchange == null ? ready : exchange.send();
    }

    /** Cancels it. */
    void cancel() {
        canceled = true;
        if (exchange != null) exchange.cancel();
    }

    @Override
    public void close() {
        cancel();
    }
}
