package dev.tauri4j.assets;

import java.util.Optional;

/**
 * Where asset bytes come from: the app jar, or a directory in dev mode and tests.
 *
 * <p>Implementations answer only for keys that name a regular file under their root; a directory key
 * ({@code docs/}), a directory, or anything that would leave the root reads as absent. Failures to read a
 * file that is present surface as {@link java.io.UncheckedIOException}, so a broken install is not
 * mistaken for a 404.
 */
public interface AssetSource {

    /** The class-path folder inside the app jar that holds the frontend: {@code tauri4j/assets/index.html}. */
    String DEFAULT_ROOT = "tauri4j/assets";

    /** The bytes of the file named by {@code key}, or empty if there is no such regular file under the root. */
    Optional<byte[]> read(AssetKey key);

    /** Whether {@link #read} would find a file, without reading it. */
    default boolean exists(AssetKey key) {
        return read(key).isPresent();
    }
}
