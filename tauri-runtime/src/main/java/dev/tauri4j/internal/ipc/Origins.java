package dev.tauri4j.internal.ipc;

import java.net.URI;

/**
 * Which pages belong to the app: its own scheme's origin (which the platform names: {@code tauri://localhost} or
 * {@code http://tauri.localhost}), and the dev server in dev mode.
 */
public final class Origins {

    private final String appOrigin;
    private final String devOrigin;

    /**
     * @param appOrigin the origin of the app's own pages, as the platform serves them
     * @param devUrl    the dev server's URL in dev mode, or null
     */
    public Origins(String appOrigin, String devUrl) {
        this.appOrigin = originOf(appOrigin + "/");
        if (this.appOrigin == null) throw new IllegalArgumentException("not an origin: " + appOrigin);
        this.devOrigin = devUrl == null ? null : originOf(devUrl);
    }

    /** The origin of the app's own pages ("tauri://localhost"). */
    public String app() {
        return appOrigin;
    }

    /** Whether a page at {@code uri} is the app's own (may invoke commands and be navigated to). */
    public boolean isAppPage(String uri) {
        return isAppOrigin(originOf(uri));
    }

    /** Whether an {@code Origin} header names the app. */
    boolean isAppOrigin(String origin) {
        return origin != null && (origin.equals(appOrigin) || origin.equals(devOrigin));
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
