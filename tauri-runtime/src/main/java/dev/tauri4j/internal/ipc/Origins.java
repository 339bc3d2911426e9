package dev.tauri4j.internal.ipc;

import java.net.URI;

/** Which pages belong to the app: its own scheme origin, and the dev server in dev mode. */
public final class Origins {

    public static final String APP_ORIGIN = "tauri://localhost";

    private final String devOrigin;

    public Origins(String devUrl) {
        this.devOrigin = devUrl == null ? null : originOf(devUrl);
    }

    /** Whether a page at {@code uri} is the app's own (may invoke commands and be navigated to). */
    public boolean isAppPage(String uri) {
        String origin = originOf(uri);
        return origin != null && (origin.equals(APP_ORIGIN) || origin.equals(devOrigin));
    }

    /** Whether an {@code Origin} header names the app. */
    boolean isAppOrigin(String origin) {
        return origin != null && (origin.equals(APP_ORIGIN) || origin.equals(devOrigin));
    }

    public boolean mayNavigate(String uri) {
        return "about:blank".equals(uri) || isAppPage(uri);
    }

    /** scheme://host[:port], lower-cased, or null for URIs without an authority. */
    public static String originOf(String uri) {
        if (uri == null) return null;
        try {
            URI u = URI.create(uri);
            if (u.getScheme() == null || u.getHost() == null) return null;
            String origin = u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getHost().toLowerCase(java.util.Locale.ROOT);
            return u.getPort() < 0 ? origin : origin + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
