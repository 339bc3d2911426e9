package dev.tauri4j.build.assets;

/** Signs the asset manifest; the result is written as {@code assets.manifest.json.minisig} next to it. */
@FunctionalInterface
public interface ManifestSigner {

    /** The signature file's content (minisign's text format) for exactly these manifest bytes. */
    byte[] sign(byte[] manifestBytes);

    /**
     * The public key file's content (minisign's text format) to embed as {@code assets.manifest.pub}, which makes the
     * runtime verify the signature at start; null embeds none.
     */
    default byte[] publicKey() {
        return null;
    }
}
