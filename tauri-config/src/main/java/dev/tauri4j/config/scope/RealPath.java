package dev.tauri4j.config.scope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The path the operating system would really reach: every symbolic link on the way replaced by its target and
 * each {@code ..} applied to the real folder before it (not to the text), as {@code realpath(3)} does. Unlike
 * {@link Path#toRealPath}, the path need not exist: the part that does not exist yet (a file about to be written)
 * is kept as written, so a check before a write sees where the write would land.
 */
public final class RealPath {

    private static final int MAX_LINKS = 40;

    private RealPath() {}

    /**
     * Resolves an absolute path.
     *
     * @return empty when it is relative, has a symlink loop, or a link cannot be read
     */
    public static Optional<Path> of(Path path) {
        if (!path.isAbsolute()) return Optional.empty();
        Deque<String> todo = new ArrayDeque<>();
        for (Path part : path) todo.addLast(part.toString());
        Path root = path.getRoot();
        Path current = root;
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.removeFirst();
            if (name.isEmpty() || name.equals(".")) continue;
            if (name.equals("..")) {
                // current is already real, so its parent is the folder ".." leads to
                Path parent = current.getParent();
                current = parent == null ? root : parent;
                continue;
            }
            Path next = current.resolve(name);
            if (Files.isSymbolicLink(next)) {
                if (++links > MAX_LINKS) return Optional.empty();
                Path target;
                try {
                    target = Files.readSymbolicLink(next);
                } catch (IOException | UnsupportedOperationException e) {
                    return Optional.empty();
                }
                Deque<String> expanded = new ArrayDeque<>();
                for (Path part : target) expanded.addLast(part.toString());
                while (!expanded.isEmpty()) todo.addFirst(expanded.removeLast());
                if (target.isAbsolute()) current = target.getRoot();
                continue;
            }
            current = next;
        }
        return Optional.of(current);
    }
}
