package dev.tauri4j.plugins.opener.linux;

import java.io.IOException;
import java.util.List;

/**
 * Opens a URL or file with a named program, as Tauri's opener does on Linux for {@code with}: the program (a name
 * found on {@code PATH}, or a path) runs with the target as its one argument, never through a shell, and is left
 * running on its own.
 */
public final class OpenWith {

    private OpenWith() {}

    /** Starts {@code program target}; fails when the program cannot be started (not found, not executable). */
    public static void open(String program, String target) throws IOException {
        new ProcessBuilder(List.of(program, target))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }
}
