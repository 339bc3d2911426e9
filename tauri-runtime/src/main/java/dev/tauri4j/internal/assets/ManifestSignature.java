package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.assets.AssetIntegrityException.Kind;
import dev.tauri4j.crypto.minisign.MinisignException;
import dev.tauri4j.crypto.minisign.MinisignPublicKey;
import dev.tauri4j.crypto.minisign.MinisignSignature;
import dev.tauri4j.crypto.minisign.MinisignVerifier;
import java.nio.charset.StandardCharsets;

/**
 * Checks the manifest's minisign signature with the app's public key, with the minisign code the build signs with
 * (tauri-config's {@code dev.tauri4j.crypto.minisign}), its failures read as asset integrity kinds.
 */
final class ManifestSignature {

    private ManifestSignature() {}

    /**
     * @throws AssetIntegrityException {@code SIGNATURE_MALFORMED}, {@code WRONG_KEY} or {@code BAD_SIGNATURE}
     */
    static void verify(byte[] content, byte[] signatureFile, String signatureName, byte[] publicKeyFile, String keyName) {
        String name = keyName;
        try {
            MinisignPublicKey key = MinisignPublicKey.parse(new String(publicKeyFile, StandardCharsets.UTF_8), keyName);
            name = signatureName;
            MinisignSignature signature = MinisignSignature.parse(new String(signatureFile, StandardCharsets.UTF_8), signatureName);
            MinisignVerifier.verify(content, signature, key);
        } catch (MinisignException e) {
            Kind kind = switch (e.kind()) {
                case WRONG_KEY -> Kind.WRONG_KEY;
                case BAD_SIGNATURE, BAD_TRUSTED_COMMENT -> Kind.BAD_SIGNATURE;
                default -> Kind.SIGNATURE_MALFORMED;
            };
            throw new AssetIntegrityException(kind, name, e.getMessage());
        }
    }
}
