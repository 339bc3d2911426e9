package dev.tauri4j.plugins.http;

import dev.tauri4j.CommandException;

/** The failures of the fetch commands, with the codes JS sees and Tauri's http plugin's messages. */
public final class FetchError {

    /** The URL is in no allow entry of the call's scope, or in a deny entry. */
    public static final String URL_NOT_ALLOWED = "URL_NOT_ALLOWED";
    /** {@code fetch_cancel} stopped the request. */
    public static final String REQUEST_CANCELED = "REQUEST_CANCELED";
    /** The URL's scheme is neither http, https nor data. */
    public static final String SCHEME_NOT_SUPPORTED = "SCHEME_NOT_SUPPORTED";
    /** The request could not be made or answered (connection, timeout, redirects, TLS). */
    public static final String NETWORK = "NETWORK";
    /** The client configuration asks for something this port does not do or that is malformed. */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";

    private FetchError() {}

    static CommandException urlNotAllowed(String url) {
        return new CommandException(URL_NOT_ALLOWED, "url not allowed on the configured scope: " + url
                + " (Fix: add {\"url\": \"...\"} matching it to the allow list of http:default or http:allow-fetch in a capability)");
    }

    static CommandException canceled() {
        return new CommandException(REQUEST_CANCELED, "Request canceled");
    }

    static CommandException scheme(String scheme) {
        return new CommandException(SCHEME_NOT_SUPPORTED, "scheme " + scheme + " not supported");
    }

    static CommandException network(String url, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new CommandException(NETWORK, "error sending request for url (" + url + "): " + why, null, cause);
    }

    static CommandException invalid(String message) {
        return new CommandException(INVALID_REQUEST, message);
    }
}
