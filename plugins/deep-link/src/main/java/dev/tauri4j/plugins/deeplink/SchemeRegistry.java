package dev.tauri4j.plugins.deeplink;

import java.io.IOException;

/** The desktop's record of which application opens a URL scheme. */
public interface SchemeRegistry {

    /** Makes this app the scheme's default handler. */
    void register(String scheme) throws IOException;

    /** Stops this app handling the scheme. */
    void unregister(String scheme) throws IOException;

    /** Whether this app is the scheme's default handler. */
    boolean isRegistered(String scheme) throws IOException;
}
