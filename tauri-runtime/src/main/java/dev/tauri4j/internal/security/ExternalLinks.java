package dev.tauri4j.internal.security;

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
    private final List<String> opener;

    /** Refuses external links, or opens them with {@code opener} (e.g. {@code xdg-open}) followed by the URL. */
    public ExternalLinks(boolean openInBrowser, List<String> opener) {
        this.openInBrowser = openInBrowser;
        this.opener = List.copyOf(opener);
    }

    /** The platform's opener: {@code xdg-open} on Linux, {@code open} on macOS, {@code rundll32 url.dll} on Windows. */
    public static ExternalLinks forCurrentOs(boolean openInBrowser) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> opener = os.contains("mac") ? List.of("open")
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler") : List.of("xdg-open");
        return new ExternalLinks(openInBrowser, opener);
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
            // an argument, never a shell string: a URL cannot become a command
            List<String> command = new java.util.ArrayList<>(opener);
            command.add(uri);
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not open " + uri + " in the system browser with " + opener + ": " + e.getMessage());
            return false;
        }
    }
}
