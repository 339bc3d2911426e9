package dev.tauri4j.plugins.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The plugin's {@link HttpClient}s, one per connect timeout and proxy (the settings the JDK fixes per client),
 * sharing one cookie store as Tauri's {@code cookies} feature does. They follow no redirects themselves: an
 * {@link Exchange} does, so that it can count them and check each hop against the scope.
 */
final class Clients implements AutoCloseable {

    /** What a client is made for. */
    record Key(Long connectTimeoutMillis, String httpProxy, String httpsProxy) {}

    private final Map<Key, HttpClient> clients = new ConcurrentHashMap<>();
    private final CookieManager cookies = new CookieManager();

    /** The client for {@code config}'s connect timeout and proxy. */
    HttpClient forConfig(ClientConfig config) {
        return clients.computeIfAbsent(key(config), this::build);
    }

    static Key key(ClientConfig config) {
        Long timeout = config.connectTimeout();
        if (timeout != null && timeout <= 0) throw FetchError.invalid("connectTimeout must be a positive number of milliseconds, was " + timeout);
        ClientConfig.Proxy p = config.proxy();
        if (p == null) return new Key(timeout, null, null);
        String all = proxyUrl("all", p.all());
        String http = proxyUrl("http", p.http());
        String https = proxyUrl("https", p.https());
        return new Key(timeout, http != null ? http : all, https != null ? https : all);
    }

    private HttpClient build(Key key) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies);
        if (key.connectTimeoutMillis() != null) b.connectTimeout(Duration.ofMillis(key.connectTimeoutMillis()));
        if (key.httpProxy() != null || key.httpsProxy() != null) b.proxy(new SchemeProxies(key.httpProxy(), key.httpsProxy()));
        return b.build();
    }

    /** A proxy given as {@code "http://host:port"} or {@code {url}}; credentials and no-proxy lists are refused. */
    private static String proxyUrl(String field, Object value) {
        if (value == null) return null;
        Object url = value;
        if (value instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!"url".equals(k)) {
                    throw FetchError.invalid("proxy." + field + "." + k + " is not supported by tauri4j's http plugin"
                            + " (Fix: give the proxy as a URL only, e.g. {\"" + field + "\": \"http://proxy:3128\"})");
                }
            }
            url = m.get("url");
        }
        if (!(url instanceof String s)) throw FetchError.invalid("proxy." + field + " must be a URL string or {url}, found " + value);
        URI uri;
        try {
            uri = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw FetchError.invalid("proxy." + field + " \"" + s + "\" is not a URL: " + e.getMessage());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw FetchError.invalid("proxy." + field + " \"" + s + "\" must be http://host[:port] (no credentials, no socks)");
        }
        return "http://" + uri.getHost() + ":" + (uri.getPort() == -1 ? 80 : uri.getPort());
    }

    /** Sends http: and https: URLs through their own proxy, or directly when there is none for the scheme. */
    private static final class SchemeProxies extends ProxySelector {
        private final String http;
        private final String https;

        SchemeProxies(String http, String https) {
            this.http = http;
            this.https = https;
        }

        @Override
        public List<Proxy> select(URI uri) {
            String p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
            if (p == null) return List.of(Proxy.NO_PROXY);
            URI u = URI.create(p);
            return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(), u.getPort())));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // nothing to fall back to: the request fails with the JDK's error
        }
    }

    @Override
    public void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }
}
