package dev.tauri4j.plugins.http;

import java.io.InputStream;
import java.util.List;

/**
 * A response whose head has arrived: what {@code fetch_send} answers, and the body still to be read.
 *
 * @param status  the status code
 * @param url     the URL that answered (after redirects)
 * @param headers {@code [name, value]} pairs, names in lower case, one pair per value
 * @param body    the body as it arrives
 */
record Fetched(int status, String url, List<List<String>> headers, InputStream body) {}
