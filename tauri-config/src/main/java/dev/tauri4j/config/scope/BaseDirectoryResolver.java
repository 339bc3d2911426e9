package dev.tauri4j.config.scope;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the base directories are on this machine; the runtime's platform supplies it (on Linux, the XDG rules).
 * A scope entry under a directory this machine does not define is skipped, as in Tauri.
 */
@FunctionalInterface
public interface BaseDirectoryResolver {

    /** The absolute directory, or empty when this machine has none (e.g. {@code $RUNTIME} without XDG_RUNTIME_DIR). */
    Optional<Path> resolve(BaseDirectory directory);
}
