package dev.tauri4j.internal.platform;

/** A request to a custom URI scheme. Accessors run on the UI thread; {@link #respond} on any thread. */
public interface SchemeRequest {

    /** The full URI as the page asked for it. */
    String uri();

    /** The path, still percent-encoded. */
    String path();

    /** The HTTP method ("GET" for navigations and sub-resources). */
    String method();

    /** One request header, or null. */
    String header(String name);

    /** The label of the window whose page made the request, or null if unknown. */
    String windowLabel();

    /**
     * Reads the whole body (UI thread). Call it only after the request's headers proved it came from our own IPC
     * code: a page can send a Blob body, and WebKitGTK 2.50 crashes while opening such a body.
     *
     * @param maxBytes the most to read; a larger body is an error
     */
    byte[] body(int maxBytes);

    /** Finishes the request; thread-safe, at most once. */
    void respond(SchemeResponse response);
}
