package dev.tauri4j.build.frontend;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a program on a given PATH.
 *
 * <p>Needed because {@link ProcessBuilder} looks a bare program name up on the PATH of this JVM, not on the PATH
 * given to the child: with a pinned Node first on the child's PATH, {@code npm} must still be the pinned one.
 */
final class ExecutableFinder {

    private ExecutableFinder() {
    }

    /** The first executable regular file named {@code program} on {@code path}; a name with a slash is taken as is. */
    static Optional<Path> find(String program, String path) {
        if (program.contains("/")) {
            Path direct = Path.of(program);
            return Files.isExecutable(direct) ? Optional.of(direct) : Optional.empty();
        }
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            // An empty PATH entry means the current directory; running whatever sits there is not what anyone wants.
            if (dir.isEmpty()) continue;
            try {
                Path candidate = Path.of(dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            } catch (InvalidPathException ignored) {
                // a garbled PATH entry cannot hold the program
            }
        }
        return Optional.empty();
    }
}
