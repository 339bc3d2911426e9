package dev.tauri4j.internal.platform;

import java.io.IOException;

/** Hands a URL or a file to the operating system, which opens it with the user's default app. */
@FunctionalInterface
public interface SystemOpener {

    /** Opens {@code target} (a URL or a path) without waiting; never through a shell. */
    void open(String target) throws IOException;
}
