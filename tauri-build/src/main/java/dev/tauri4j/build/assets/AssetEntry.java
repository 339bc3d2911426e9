package dev.tauri4j.build.assets;

import java.util.Objects;

/**
 * One asset in the manifest.
 *
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param size   its length in bytes
 * @param type   the Content-Type the runtime serves it with
 */
public record AssetEntry(String sha256, long size, String type) {

    public AssetEntry {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
    }
}
