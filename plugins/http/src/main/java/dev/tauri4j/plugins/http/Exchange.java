package dev.tauri4j.plugins.http;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * One fetch over HTTP(S): sends the request, follows redirects as reqwest's policy does (at most
 * {@code maxRedirections}; 0 answers the redirect itself; 301, 302 and 303 turn anything but GET and HEAD into a body-less GET, 307 and 308
 * repeat the request; credentials are not sent to another host), and checks every hop against the URL scope.
 */
final class Exchange {

    /** reqwest's default limit, which Tauri keeps when the page sets none. */
    static final int DEFAULT_MAX_REDIRECTIONS = 10;

    private static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "proxy-authorization", "www-authenticate");

    private final HttpClient client;
    private final String method;
    private final URI url;
    private final List<RequestHeaders.Header> headers;
    private final byte[] body;
    private final int maxRedirections;
    private final Predicate<String> inScope;
    private volatile boolean canceled;
    private volatile CompletableFuture<HttpResponse<InputStream>> inFlight;

    Exchange(HttpClient client, String method, URI url, List<RequestHeaders.Header> headers, byte[] body,
             Integer maxRedirections, Predicate<String> inScope) {
        this.client = Objects.requireNonNull(client);
        this.method = method;
        this.url = url;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.maxRedirections = maxRedirections == null ? DEFAULT_MAX_REDIRECTIONS : maxRedirections;
        this.inScope = inScope;
        if (this.maxRedirections < 0) throw FetchError.invalid("maxRedirections must not be negative, was " + maxRedirections);
    }

    /** Stops the exchange: a send under way fails with "Request canceled", and so does a later one. */
    void cancel() {
        canceled = true;
        CompletableFuture<?> f = inFlight;
        if (f != null) f.cancel(true);
    }

    /** Sends the request and waits for the head of the final response. */
    Fetched send() throws InterruptedException {
        String m = method;
        URI at = url;
        byte[] payload = body;
        List<RequestHeaders.Header> hs = headers;
        for (int hops = 0; ; hops++) {
            HttpResponse<InputStream> response = once(m, at, hs, payload);
            URI next = redirectTarget(response, at);
            if (next == null || maxRedirections == 0) return fetched(response);
            discard(response);
            if (hops >= maxRedirections) {
                throw FetchError.network(at.toString(), new IllegalStateException("too many redirects (maxRedirections is " + maxRedirections + ")"));
            }
            if (!inScope.test(next.toString())) throw FetchError.urlNotAllowed(next.toString());
            int status = response.statusCode();
            if (status <= 303 && !m.equals("GET") && !m.equals("HEAD")) {
                m = "GET";
                payload = null;
                hs = hs.stream().filter(h -> !h.name().startsWith("content-")).toList();
            }
            if (!sameOrigin(at, next)) hs = hs.stream().filter(h -> !SENSITIVE.contains(h.name())).toList();
            at = next;
        }
    }

    private HttpResponse<InputStream> once(String m, URI at, List<RequestHeaders.Header> hs, byte[] payload) throws InterruptedException {
        if (canceled) throw FetchError.canceled();
        HttpRequest.Builder b = HttpRequest.newBuilder(at);
        // plain http: HTTP/1.1, so that the JDK sends no h2c upgrade that servers may mishandle; https negotiates h2
        if (at.getScheme().equalsIgnoreCase("http")) b.version(HttpClient.Version.HTTP_1_1);
        try {
            for (RequestHeaders.Header h : hs) b.header(h.name(), h.value());
            b.method(m, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        } catch (IllegalArgumentException e) {
            throw FetchError.invalid(e.getMessage());
        }
        CompletableFuture<HttpResponse<InputStream>> f = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        inFlight = f;
        if (canceled) f.cancel(true);
        try {
            return f.get();
        } catch (CancellationException e) {
            throw FetchError.canceled();
        } catch (ExecutionException e) {
            if (canceled) throw FetchError.canceled();
            throw FetchError.network(at.toString(), e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (java.io.IOException e) {
            // the redirect's own body is not wanted; failing to drop it leaves nothing to clean up
        }
    }

    private static URI redirectTarget(HttpResponse<?> response, URI at) {
        int s = response.statusCode();
        if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) return null;
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null) return null;
        try {
            URI next = at.resolve(location.trim());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && Objects.equals(a.getHost(), b.getHost()) && a.getPort() == b.getPort();
    }

    private static Fetched fetched(HttpResponse<InputStream> response) {
        List<List<String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (name.startsWith(":")) return;
            for (String v : values) headers.add(List.of(name.toLowerCase(Locale.ROOT), v));
        });
        return new Fetched(response.statusCode(), response.uri().toString(), headers, response.body());
    }
}
