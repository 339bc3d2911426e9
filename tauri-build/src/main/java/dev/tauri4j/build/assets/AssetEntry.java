package dev.tauri4j.build.assets;

import java.util.List;
import java.util.Objects;

/**
 * One asset in the manifest.
 *
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param size   its length in bytes
 * @param type   the Content-Type the runtime serves it with
 * @param inlineScripts for an HTML asset, {@code sha256-<base64>} of its own inline scripts in document order, each
 *               once; the runtime puts exactly these in the CSP of that page
 */
public record AssetEntry(String sha256, long size, String type, List<String> inlineScripts) {

    public AssetEntry {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        inlineScripts = inlineScripts == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(inlineScripts));
    }

    /** An asset without inline scripts. */
    public AssetEntry(String sha256, long size, String type) {
        this(sha256, size, type, List.of());
    }
}
