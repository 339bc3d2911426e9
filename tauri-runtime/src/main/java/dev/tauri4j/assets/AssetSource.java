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

    /** The asset manifest's name next to the asset folder: {@code tauri4j/assets.manifest.json}. */
    String MANIFEST = ".manifest.json";

    /** The manifest's minisign signature next to it. */
    String MANIFEST_SIGNATURE = ".manifest.json.minisig";

    /** The public key the manifest's signature must verify with, when the app carries one. */
    String MANIFEST_PUBLIC_KEY = ".manifest.pub";

    /**
     * A file next to the asset folder, named by the folder plus {@code suffix} ({@link #MANIFEST} gives
     * {@code tauri4j/assets.manifest.json}); empty when the source has none.
     */
    default Optional<byte[]> companion(String suffix) {
        return Optional.empty();
    }

    /** Whether {@link #read} would find a file, without reading it. */
    default boolean exists(AssetKey key) {
        return read(key).isPresent();
    }
}
