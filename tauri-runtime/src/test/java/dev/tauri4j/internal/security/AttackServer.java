package dev.tauri4j.internal.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web site on 127.0.0.1 for the attack tests: pages, frames and redirects; it records every path asked for. */
final class AttackServer implements AutoCloseable {

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Where {@code /trusted/go-away} redirects: a page of another site. */
    volatile String awayUrl = "http://127.0.0.1:9/";

    AttackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            String redirect = switch (path) {
                case "/trusted/go-out" -> "/untrusted/page.html";
                case "/untrusted/go-in" -> "/trusted/page.html";
                case "/trusted/go-away" -> awayUrl;
                default -> null;
            };
            if (redirect != null) {
                exchange.getResponseHeaders().add("Location", redirect);
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] body = ("<!doctype html><html><head><meta charset=utf-8><title>" + path + "</title></head>"
                    + "<body style='background:#fff0f0'><h1 id=status>remote " + path + "</h1></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long requestsFor(String path) {
        return requests.stream().filter(path::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
