package dev.tauri4j.plugins.http;

import java.util.List;

/**
 * The {@code clientConfig} argument of {@code plugin:http|fetch}, as {@code @tauri-apps/plugin-http} 2.7.0 sends it.
 *
 * @param method          the request method ({@code GET}, {@code POST}, ...)
 * @param url             the URL, already normalised by the page's {@code Request}
 * @param headers         {@code [name, value]} pairs, in the page's order
 * @param data            the body, or null for none (the package sends a number array)
 * @param maxRedirections how many redirects to follow; 0 answers the redirect itself; null is the default (10)
 * @param connectTimeout  milliseconds to wait for the connection; null waits as long as the OS does
 * @param proxy           where to send the request through, or null for a direct connection
 * @param danger          TLS checks to switch off (refused: see {@link Danger})
 */
public record ClientConfig(String method, String url, List<List<String>> headers, byte[] data, Integer maxRedirections,
                           Long connectTimeout, Proxy proxy, Danger danger) {

    /** Compact constructor: no headers is an empty list. */
    public ClientConfig {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    /**
     * The package's {@code proxy}: {@code all}, {@code http} and {@code https}, each a proxy URL
     * ({@code "http://proxy:3128"}) or {@code {url, basicAuth, noProxy}}.
     */
    public record Proxy(Object all, Object http, Object https) {}

    /** The package's {@code danger}: {@code {acceptInvalidCerts, acceptInvalidHostnames}}. */
    public record Danger(Boolean acceptInvalidCerts, Boolean acceptInvalidHostnames) {

        /** Whether it asks to switch any check off. */
        public boolean any() {
            return Boolean.TRUE.equals(acceptInvalidCerts) || Boolean.TRUE.equals(acceptInvalidHostnames);
        }
    }
}
