package dev.tauri4j.plugins.updater;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback update server: each path answers a fixed status and body; requests are recorded. */
final class UpdateServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String path, String query, String accept, String userAgent, String custom) {}

    private final HttpServer server;
    final List<Seen> requests = new CopyOnWriteArrayList<>();

    UpdateServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    UpdateServer serve(String path, int status, String body) {
        return serve(path, status, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code status} with {@code body} (none when null) at {@code path} and below. */
    UpdateServer serve(String path, int status, byte[] body) {
        server.createContext(path, x -> {
            record(x);
            if (body == null) {
                x.sendResponseHeaders(status, -1);
            } else {
                x.sendResponseHeaders(status, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            }
            x.close();
        });
        return this;
    }

    private void record(HttpExchange x) {
        requests.add(new Seen(x.getRequestURI().getRawPath(), x.getRequestURI().getRawQuery(),
                x.getRequestHeaders().getFirst("Accept"), x.getRequestHeaders().getFirst("User-Agent"),
                x.getRequestHeaders().getFirst("X-Custom")));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
