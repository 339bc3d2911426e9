package dev.tauri4j.config.capability;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code remote.urls} entry: a URL whose parts may hold {@code *} wildcards, read as Tauri reads it (a
 * URLPattern constructor string where a missing or {@code /} path, a missing query and a missing fragment match
 * anything). A missing port means the scheme's default port. URLPattern's named groups and regex groups are not
 * supported: {@code *} is the only wildcard.
 */
public final class RemoteUrlPattern {

    private final String text;
    private final Pattern scheme;
    private final Pattern host;
    private final String port;
    private final Pattern path;
    private final Pattern query;
    private final Pattern fragment;

    private RemoteUrlPattern(String text, String scheme, String host, String port, String path, String query, String fragment) {
        this.text = text;
        this.scheme = compile(scheme.toLowerCase(Locale.ROOT));
        this.host = compile(host.toLowerCase(Locale.ROOT));
        this.port = port;
        this.path = compile(path.isEmpty() || path.equals("/") ? "*" : path);
        this.query = compile(query.isEmpty() ? "*" : query);
        this.fragment = compile(fragment.isEmpty() ? "*" : fragment);
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException with the reason, when it is not {@code scheme://host[:port][/path][?query][#fragment]}
     */
    public static RemoteUrlPattern parse(String text) {
        int sep = text.indexOf("://");
        if (sep <= 0) throw new IllegalArgumentException("it has no scheme; write it as a full URL such as \"https://*.example.com\"");
        String scheme = text.substring(0, sep);
        String rest = text.substring(sep + 3);
        int end = firstOf(rest, "/?#");
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        if (authority.isEmpty()) throw new IllegalArgumentException("it has no host; write e.g. \"https://example.com/*\"");
        if (authority.contains("@")) throw new IllegalArgumentException("user names and passwords are not allowed in it");
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
            if (!port.equals("*") && !port.matches("[0-9]{1,5}")) {
                throw new IllegalArgumentException("its port \"" + port + "\" is not a number or *");
            }
        }
        int q = firstOf(tail, "?#");
        String path = tail.substring(0, q);
        String query = "";
        String fragment = "";
        String after = tail.substring(q);
        if (after.startsWith("?")) {
            int h = after.indexOf('#');
            query = h < 0 ? after.substring(1) : after.substring(1, h);
            after = h < 0 ? "" : after.substring(h);
        }
        if (after.startsWith("#")) fragment = after.substring(1);
        return new RemoteUrlPattern(text, scheme, host, port, path, query, fragment);
    }

    /** Whether the page at {@code url} matches. Unparseable URLs never match. */
    public boolean matches(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
        if (u.getScheme() == null || u.getHost() == null || u.getRawUserInfo() != null) return false;
        String s = u.getScheme().toLowerCase(Locale.ROOT);
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return scheme.matcher(s).matches()
                && host.matcher(u.getHost().toLowerCase(Locale.ROOT)).matches()
                && portMatches(s, u.getPort())
                && path.matcher(p).matches()
                && query.matcher(u.getRawQuery() == null ? "" : u.getRawQuery()).matches()
                && fragment.matcher(u.getRawFragment() == null ? "" : u.getRawFragment()).matches();
    }

    private boolean portMatches(String scheme, int actual) {
        if (port.equals("*")) return true;
        int effective = actual >= 0 ? actual : defaultPort(scheme);
        if (port.isEmpty()) return effective == defaultPort(scheme);
        return effective == Integer.parseInt(port);
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return s.length();
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int start = 0;
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) == '*') {
                if (i > start) re.append(Pattern.quote(glob.substring(start, i)));
                re.append(".*");
                start = i + 1;
            }
        }
        if (start < glob.length()) re.append(Pattern.quote(glob.substring(start)));
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return text;
    }
}
