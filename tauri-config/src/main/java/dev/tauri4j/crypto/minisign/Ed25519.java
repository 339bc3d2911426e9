package dev.tauri4j.crypto.minisign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Moves Ed25519 keys between the JDK's objects and the raw 32-byte forms that minisign (libsodium) stores. */
final class Ed25519 {

    static final int KEY_BYTES = 32;
    static final int SIGNATURE_BYTES = 64;

    /** SubjectPublicKeyInfo for Ed25519 (RFC 8410) is this fixed prefix followed by the raw key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }

    static byte[] rawPublic(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - KEY_BYTES, encoded.length);
    }

    static PublicKey publicKey(byte[] raw) {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static byte[] seed(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edec)) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
        }
        return edec.getBytes()
                .orElseThrow(() -> new IllegalArgumentException("this Ed25519 key does not expose its seed"));
    }

    static PrivateKey privateKey(byte[] seed) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 seed", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }

    static Signature verifier(PublicKey key) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = verifier(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            // The JDK throws, rather than returning false, for some malformed signatures.
            return false;
        }
    }

    /** Whether the two halves belong together: a key file whose halves disagree signs what nobody can verify. */
    static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "tauri4j key pair check".getBytes(StandardCharsets.US_ASCII);
        return verify(publicKey, probe, sign(privateKey, probe));
    }

    private static IllegalStateException missing(GeneralSecurityException e) {
        return new IllegalStateException("this JDK cannot do Ed25519 (it has since JDK 15)", e);
    }
}
