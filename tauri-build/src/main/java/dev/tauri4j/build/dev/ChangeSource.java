package dev.tauri4j.build.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Where {@link DevLoop} learns about changed files; {@link SourceWatcher} in real runs. */
@FunctionalInterface
public interface ChangeSource {

    /** The next batch of changed paths, or an empty set when nothing changed within {@code timeout}. */
    Set<Path> next(Duration timeout) throws InterruptedException;
}
