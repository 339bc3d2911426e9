package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.crypto.Blake2b;
import dev.tauri4j.assets.AssetIntegrityException.Kind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Checks the manifest's minisign signature with the app's public key, as {@code minisign -V} does: key id, the
 * Ed25519 signature of the content's BLAKE2b-512 ("ED"; the legacy "Ed" signs the content itself), then the
 * signature of the trusted comment. Ed25519 is the JDK's own.
 */
final class ManifestSignature {

    private static final String UNTRUSTED = "untrusted comment:";
    private static final String TRUSTED = "trusted comment: ";
    /** DER prefix of an X.509 SubjectPublicKeyInfo for a raw 32-byte Ed25519 key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private ManifestSignature() {}

    /**
     * @throws AssetIntegrityException {@code SIGNATURE_MALFORMED}, {@code WRONG_KEY} or {@code BAD_SIGNATURE}
     */
    static void verify(byte[] content, byte[] signatureFile, String signatureName, byte[] publicKeyFile, String keyName) {
        List<String> keyLines = lines(publicKeyFile);
        byte[] key = decode(keyLines.isEmpty() ? "" : keyLines.getLast(), 42, keyName, "the public key");
        if (key[0] != 'E' || key[1] != 'd') throw malformed(keyName, "not an Ed25519 minisign key");
        List<String> sig = lines(signatureFile);
        if (sig.size() != 4 || !sig.get(0).startsWith(UNTRUSTED) || !sig.get(2).startsWith(TRUSTED)) {
            throw malformed(signatureName, "expected 4 lines: untrusted comment, signature, trusted comment, global signature");
        }
        byte[] head = decode(sig.get(1), 74, signatureName, "line 2");
        byte[] global = decode(sig.get(3), 64, signatureName, "line 4");
        if (head[0] != 'E' || (head[1] != 'D' && head[1] != 'd')) throw malformed(signatureName, "unknown algorithm");
        if (!Arrays.equals(head, 2, 10, key, 2, 10)) {
            throw new AssetIntegrityException(Kind.WRONG_KEY, signatureName, "signed by key " + keyId(head)
                    + ", the app trusts key " + keyId(key));
        }
        PublicKey publicKey = publicKey(Arrays.copyOfRange(key, 10, 42), keyName);
        byte[] signed = head[1] == 'D' ? Blake2b.hash(64, content) : content;
        if (!ed25519(publicKey, signed, Arrays.copyOfRange(head, 10, 74))) {
            throw new AssetIntegrityException(Kind.BAD_SIGNATURE, signatureName, "key " + keyId(key) + " did not sign "
                    + "these manifest bytes");
        }
        byte[] comment = sig.get(2).substring(TRUSTED.length()).getBytes(StandardCharsets.UTF_8);
        byte[] covered = Arrays.copyOf(Arrays.copyOfRange(head, 10, 74), 64 + comment.length);
        System.arraycopy(comment, 0, covered, 64, comment.length);
        if (!ed25519(publicKey, covered, global)) {
            throw new AssetIntegrityException(Kind.BAD_SIGNATURE, signatureName, "its trusted comment was changed");
        }
    }

    private static List<String> lines(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static byte[] decode(String line, int length, String name, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw malformed(name, what + " is not base64");
        }
        if (bytes.length != length) throw malformed(name, what + " has " + bytes.length + " bytes, expected " + length);
        return bytes;
    }

    private static PublicKey publicKey(byte[] raw, String name) {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw malformed(name, "not a valid Ed25519 key");
        }
    }

    private static boolean ed25519(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** minisign prints the 8 little-endian id bytes as one upper-case hex number. */
    private static String keyId(byte[] withId) {
        StringBuilder hex = new StringBuilder();
        for (int i = 9; i >= 2; i--) hex.append(String.format("%02X", withId[i]));
        return hex.toString();
    }

    private static AssetIntegrityException malformed(String name, String detail) {
        return new AssetIntegrityException(Kind.SIGNATURE_MALFORMED, name, detail);
    }
}
