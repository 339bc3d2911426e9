package dev.tauri4j.assets;

import java.util.Arrays;
import java.util.Objects;

/**
 * A resolved asset: the key actually served (after fallbacks), its bytes and its Content-Type.
 *
 * <p>The bytes are not copied (assets can be large and are served once); treat them as read-only.
 */
public record Asset(AssetKey key, byte[] bytes, String mimeType) {

    /** Requires all components. */
    public Asset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    // Content equality rather than array identity, so two reads of the same file compare equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof Asset that
                && key.equals(that.key)
                && Arrays.equals(bytes, that.bytes)
                && mimeType.equals(that.mimeType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(bytes), mimeType);
    }

    @Override
    public String toString() {
        return "Asset[key=" + key.value() + ", " + bytes.length + " bytes, mimeType=" + mimeType + "]";
    }
}
