package dev.tauri4j.plugins.opener.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reveals files through the freedesktop file-manager interface ({@code org.freedesktop.FileManager1.ShowItems} on the
 * session bus), which Nautilus, Dolphin, Nemo, Caja and Thunar implement: the folder opens with the items selected.
 * The call is made by running GLib's {@code gdbus} (one argument each, no shell), so no native library is needed.
 */
public final class FileManager1 {

    private static final long TIMEOUT_SECONDS = 10;

    private FileManager1() {}

    /**
     * Asks the file manager to show {@code paths} (absolute, existing); false when that failed: no {@code gdbus}, no
     * session bus, no file manager that answers, or an error reply.
     */
    public static boolean showItems(List<Path> paths) throws InterruptedException {
        List<String> line = List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.FileManager1",
                "--object-path", "/org/freedesktop/FileManager1", "--timeout", "5",
                "--method", "org.freedesktop.FileManager1.ShowItems", uriArray(paths), "");
        Process process;
        try {
            process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroy();
            return false;
        }
        return process.exitValue() == 0;
    }

    /** The paths as a GVariant text array of file URIs: {@code ['file:///a', 'file:///b%27s']}. */
    static String uriArray(List<Path> paths) {
        List<String> uris = new ArrayList<>();
        // a URI leaves ' unescaped; as %27 it needs no quoting inside the GVariant string, and \ is always escaped
        for (Path p : paths) uris.add("'" + p.toUri().toASCIIString().replace("'", "%27") + "'");
        return "[" + String.join(", ", uris) + "]";
    }
}
