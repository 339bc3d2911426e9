package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.assets.AssetSource;
import dev.tauri4j.assets.AssetIntegrityException.Kind;
import java.util.Optional;

/**
 * What the runtime does with the build's manifest at start: verifies its signature when the app carries a public key,
 * and wraps the asset source so that every asset is checked against it.
 *
 * @param source   the source to serve from: checked when there is a manifest, else the one given
 * @param manifest the manifest, or null when the app has none (assets are then served unchecked)
 * @param signed   whether the manifest's signature was verified
 */
public record AssetIntegrity(AssetSource source, IntegrityManifest manifest, boolean signed) {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.assets");

    /**
     * Reads the manifest, signature and public key that sit next to {@code source}'s folder.
     *
     * @throws AssetIntegrityException when a public key is present and the manifest or its signature is missing,
     *                                 malformed, or does not verify; when the manifest cannot be read
     */
    public static AssetIntegrity load(AssetSource source) {
        Optional<byte[]> manifest = source.companion(AssetSource.MANIFEST);
        Optional<byte[]> key = source.companion(AssetSource.MANIFEST_PUBLIC_KEY);
        String manifestName = "assets" + AssetSource.MANIFEST;
        if (key.isPresent()) {
            if (manifest.isEmpty()) throw new AssetIntegrityException(Kind.MANIFEST_MISSING, "assets" + AssetSource.MANIFEST_PUBLIC_KEY, "");
            Optional<byte[]> signature = source.companion(AssetSource.MANIFEST_SIGNATURE);
            String signatureName = "assets" + AssetSource.MANIFEST_SIGNATURE;
            if (signature.isEmpty()) throw new AssetIntegrityException(Kind.SIGNATURE_MISSING, signatureName, "");
            ManifestSignature.verify(manifest.get(), signature.get(), signatureName, key.get(),
                    "assets" + AssetSource.MANIFEST_PUBLIC_KEY);
        }
        if (manifest.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "no asset manifest next to the assets: they are served without integrity checks");
            return new AssetIntegrity(source, null, false);
        }
        IntegrityManifest parsed = IntegrityManifest.parse(manifest.get(), manifestName);
        return new AssetIntegrity(new VerifiedAssetSource(source, parsed), parsed, key.isPresent());
    }
}
