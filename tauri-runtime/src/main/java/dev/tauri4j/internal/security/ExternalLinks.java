package dev.tauri4j.internal.security;

import dev.tauri4j.internal.platform.SystemOpener;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What happens to a link the app does not open itself ({@code target=_blank}, {@code window.open}, a navigation
 * away from the app): refused, or handed to the system browser when the app opted in with
 * {@code Tauri.builder().openExternalLinksInBrowser(true)}. Only http, https and mailto links are ever handed over.
 */
public final class ExternalLinks {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.security");
    private static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final boolean openInBrowser;
    private final SystemOpener opener;

    /** Refuses external links, or hands them to {@code opener} (the platform's). */
    public ExternalLinks(boolean openInBrowser, SystemOpener opener) {
        this.openInBrowser = openInBrowser;
        this.opener = opener;
    }

    /** Hands {@code uri} to the system browser when allowed; returns whether it did. */
    public boolean open(String uri) {
        if (!openInBrowser) return false;
        String scheme;
        try {
            scheme = URI.create(uri).getScheme();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) return false;
        try {
            opener.open(uri);
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not open " + uri + " in the system browser with " + opener + ": " + e.getMessage());
            return false;
        }
    }
}
