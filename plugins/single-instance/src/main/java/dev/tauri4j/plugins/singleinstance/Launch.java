package dev.tauri4j.plugins.singleinstance;

import java.nio.file.Path;
import java.util.List;

/**
 * A second launch of the app, handed to the running one: its program arguments (what its {@code main} got) and its
 * working directory.
 */
public record Launch(List<String> args, Path cwd) {

    public Launch {
        args = List.copyOf(args);
    }
}
