package dev.tauri4j.plugins.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headers a fetch sends, worked out as Tauri's http plugin does: the Fetch standard's forbidden request headers
 * from the page are dropped (unless the app opted into unsafe headers), the page's origin is sent as {@code Origin},
 * and a {@code User-Agent} is added when the page sent none.
 */
final class RequestHeaders {

    /** What a request says when the page set no {@code User-Agent}. */
    static final String USER_AGENT = "tauri4j-plugin-http";

    // https://fetch.spec.whatwg.org/#forbidden-request-header, as the Rust plugin lists them
    private static final Set<String> FORBIDDEN = Set.of("accept-charset", "accept-encoding", "access-control-request-headers",
            "access-control-request-method", "connection", "content-length", "cookie", "date", "dnt", "expect", "host",
            "origin", "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via");

    // the JDK's HttpClient computes these itself and refuses them from callers
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private RequestHeaders() {}

    /** One header to send. */
    record Header(String name, String value) {}

    /** Whether the Fetch standard forbids a page to set {@code name}. */
    static boolean forbidden(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return FORBIDDEN.contains(n) || n.startsWith("proxy-") || n.startsWith("sec-");
    }

    /**
     * The headers to send for the page's {@code requested} ones.
     *
     * @param pageUrl       the calling page's URL, whose origin goes into {@code Origin} (none when null)
     * @param unsafeHeaders whether the app turned on Tauri's {@code unsafe-headers}: the page's headers go as they
     *                      are, its {@code Origin} is kept, and an empty {@code Origin} removes the header
     */
    static List<Header> of(List<List<String>> requested, String pageUrl, boolean unsafeHeaders) {
        List<Header> out = new ArrayList<>();
        for (List<String> pair : requested) {
            if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
                throw FetchError.invalid("a header must be a [name, value] pair of strings, found " + pair);
            }
            String name = pair.get(0).toLowerCase(Locale.ROOT);
            checkToken(name);
            if (!unsafeHeaders && forbidden(name)) continue;
            if (SET_BY_CLIENT.contains(name)) continue;
            out.add(new Header(name, pair.get(1)));
        }
        if (out.stream().anyMatch(h -> h.name().equals("range"))) out.add(new Header("accept-encoding", "identity"));
        if (out.stream().noneMatch(h -> h.name().equals("user-agent"))) out.add(new Header("user-agent", USER_AGENT));
        boolean hasOrigin = out.stream().anyMatch(h -> h.name().equals("origin"));
        if ((!unsafeHeaders || !hasOrigin) && pageUrl != null) out.add(new Header("origin", origin(pageUrl)));
        if (unsafeHeaders) out.removeIf(h -> h.name().equals("origin") && h.value().isEmpty());
        return out;
    }

    /**
     * The WHATWG serialisation of {@code url}'s origin: {@code scheme://host[:port]} for the special schemes, and
     * {@code null} (an opaque origin) for the others, such as the app's own {@code tauri://localhost}.
     */
    static String origin(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "null";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> -2;
        };
        if (defaultPort == -2 || uri.getHost() == null) return "null";
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 || port == defaultPort ? "" : ":" + port);
    }

    private static void checkToken(String name) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw FetchError.invalid("invalid HTTP header name: \"" + name + "\"");
        }
    }
}
