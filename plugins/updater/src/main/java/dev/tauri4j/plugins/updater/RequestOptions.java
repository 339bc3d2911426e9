package dev.tauri4j.plugins.updater;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The headers, timeout and proxy of the updater's requests, as {@code check} and {@code download} take them.
 *
 * @param headers name/value pairs, sent as given (the npm package turns a {@code HeadersInit} into these)
 * @param timeout null for none
 * @param proxy   an {@code http://host:port} proxy URL, or null for the JDK's default
 */
public record RequestOptions(List<List<String>> headers, Duration timeout, URI proxy) {

    /** Tauri's plugin name and version, so servers that look at the agent see the updater they expect. */
    static final String USER_AGENT = "tauri-plugin-updater/2.13.0 (tauri4j)";

    /** No headers, no timeout, the default proxy. */
    public static final RequestOptions DEFAULT = new RequestOptions(List.of(), null, null);

    public RequestOptions {
        headers = headers == null ? List.of() : headers.stream().map(List::copyOf).toList();
        for (List<String> h : headers) {
            if (h.size() != 2 || h.get(0) == null || h.get(1) == null) {
                throw new UpdaterException("headers must be [name, value] pairs, found " + h);
            }
        }
    }

    /** Parses the proxy URL a call passes; fails naming the argument. */
    static URI proxy(String proxy) {
        if (proxy == null) return null;
        try {
            URI uri = new URI(proxy);
            if (uri.getHost() == null || uri.getPort() < 0) throw new java.net.URISyntaxException(proxy, "needs a host and a port");
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new UpdaterException("proxy must be a URL like http://proxy.example.com:3128, not " + proxy);
        }
    }

    HttpClient client() {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL);
        if (timeout != null) builder.connectTimeout(timeout);
        if (proxy != null) builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHost(), proxy.getPort())));
        return builder.build();
    }

    /** A GET of {@code url} with these headers, {@code accept} unless the caller set an Accept header. */
    HttpRequest request(URI url, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().header("User-Agent", USER_AGENT);
        boolean hasAccept = false;
        for (List<String> h : headers) {
            hasAccept |= h.get(0).toLowerCase(Locale.ROOT).equals("accept");
            try {
                request.setHeader(h.get(0), h.get(1));
            } catch (IllegalArgumentException e) {
                throw new UpdaterException("the header " + h.get(0) + " cannot be sent: " + e.getMessage());
            }
        }
        if (!hasAccept) request.header("Accept", accept);
        if (timeout != null) request.timeout(timeout);
        return request.build();
    }

    /** These options with another header list and timeout, what {@code download} passes over the check's. */
    RequestOptions forDownload(List<List<String>> newHeaders, Duration newTimeout) {
        return new RequestOptions(newHeaders == null ? headers : newHeaders, newTimeout, proxy);
    }
}
