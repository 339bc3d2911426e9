package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.assets.AssetKey;
import dev.tauri4j.assets.AssetSource;
import dev.tauri4j.assets.AssetIntegrityException.Kind;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An asset source whose every read is checked against the build's manifest: bytes whose SHA-256 differs, and files
 * the manifest does not list, are never handed out.
 */
public final class VerifiedAssetSource implements AssetSource {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.assets");

    private final AssetSource delegate;
    private final IntegrityManifest manifest;

    /** Checks {@code delegate}'s files against {@code manifest}. */
    public VerifiedAssetSource(AssetSource delegate, IntegrityManifest manifest) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
    }

    /** The manifest checked against. */
    public IntegrityManifest manifest() {
        return manifest;
    }

    /**
     * The bytes of {@code key}, when they are exactly what the build listed.
     *
     * @throws AssetIntegrityException {@code ASSET_CHANGED} or {@code ASSET_NOT_IN_MANIFEST}, logged as an error
     */
    @Override
    public Optional<byte[]> read(AssetKey key) {
        Optional<IntegrityManifest.Entry> entry = manifest.entry(key);
        if (entry.isEmpty()) {
            // Most misses are fallback candidates that exist nowhere; only a file the build never saw is an attack.
            if (delegate.exists(key)) throw logged(new AssetIntegrityException(Kind.ASSET_NOT_IN_MANIFEST, key.value(), ""));
            return Optional.empty();
        }
        Optional<byte[]> bytes = delegate.read(key);
        if (bytes.isEmpty()) return Optional.empty();
        byte[] actual = sha256(bytes.get());
        if (!MessageDigest.isEqual(actual, entry.get().sha256())) {
            throw logged(new AssetIntegrityException(Kind.ASSET_CHANGED, key.value(), "expected sha256 "
                    + HexFormat.of().formatHex(entry.get().sha256()) + ", found " + HexFormat.of().formatHex(actual)));
        }
        return bytes;
    }

    @Override
    public boolean exists(AssetKey key) {
        return manifest.entry(key).isPresent() && delegate.exists(key);
    }

    @Override
    public Optional<byte[]> companion(String suffix) {
        return delegate.companion(suffix);
    }

    private static AssetIntegrityException logged(AssetIntegrityException e) {
        LOG.log(System.Logger.Level.ERROR, e.getMessage());
        return e;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
