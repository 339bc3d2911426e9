package dev.tauri4j.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server the hello page loads an image from: the moment the request arrives is when the page's
 * script ran. It works the same for tauri4j and for MiniBrowser, which has no IPC to report with. It also serves
 * binary payloads, the baseline for Java -> JS transfers.
 */
final class Beacon implements AutoCloseable {

    private static final byte[] GIF = {71, 73, 70, 56, 57, 97, 1, 0, 1, 0, -128, 0, 0, 0, 0, 0, -1, -1, -1, 33, -7, 4, 1,
        0, 0, 0, 0, 44, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 68, 1, 0, 59};

    private final HttpServer server;
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private volatile String armed = "";
    private final Map<Integer, byte[]> payloads = new ConcurrentHashMap<>();

    Beacon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/beacon", this::handle);
        server.createContext("/bytes", this::bytes);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "beacon");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime(); // first, before any parsing
        String run = runOf(exchange.getRequestURI().getRawQuery());
        arrival(run == null || run.isEmpty() ? armed : run).complete(now);
        exchange.getResponseHeaders().add("Content-Type", "image/gif");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, GIF.length);
        exchange.getResponseBody().write(GIF);
        exchange.close();
    }

    /** The same bytes as the app's "source" command, over plain HTTP: what WebKit alone does with no Java in the way. */
    private void bytes(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int size = query != null && query.startsWith("size=") ? Integer.parseInt(query.substring(5)) : 0;
        byte[] body = payloads.computeIfAbsent(size, BenchCommands::pattern);
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String runOf(String query) {
        if (query == null) return null;
        for (String part : query.split("&")) {
            if (part.startsWith("run=")) return URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8);
        }
        return null;
    }

    private CompletableFuture<Long> arrival(String run) {
        return arrivals.computeIfAbsent(run, k -> new CompletableFuture<>());
    }

    /** Names the launch that a beacon without a run id belongs to (MiniBrowser's: its URL cannot carry one). */
    void arm(String run) {
        armed = run;
    }

    /** The System.nanoTime() at which the beacon of {@code run} arrived, or -1 if it did not within the timeout. */
    long await(String run, long timeoutMillis) {
        try {
            return arrival(run).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
