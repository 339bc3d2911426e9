package dev.tauri4j.crypto.minisign;

import dev.tauri4j.crypto.Blake2b;
import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * minisign's binary secret key layout: algorithm tags, scrypt salt and limits, then the key id, the libsodium
 * secret key (seed and public key) and a BLAKE2b-256 checksum, the last three XORed with a password-derived stream.
 */
final class SecretKeyCodec {

    static final int BYTES = 158;

    private static final byte[] KDF_SCRYPT = {'S', 'c'};
    private static final byte[] KDF_NONE = {0, 0};
    private static final byte[] CHECKSUM_BLAKE2B = {'B', '2'};

    private static final int KDF_AT = 2;
    private static final int CHECKSUM_ALGORITHM_AT = 4;
    private static final int SALT_AT = 6;
    private static final int SALT_BYTES = 32;
    private static final int OPS_AT = 38;
    private static final int MEM_AT = 46;
    /** The encrypted part, minisign's "keynum_sk": key id (8), seed (32), public key (32), checksum (32). */
    private static final int KEYNUM_AT = 54;
    private static final int KEYNUM_BYTES = 104;
    private static final int SEED_AT = KEYNUM_AT + 8;
    private static final int PUBLIC_AT = SEED_AT + 32;
    private static final int CHECKSUM_AT = PUBLIC_AT + 32;
    private static final int CHECKSUM_BYTES = 32;

    private SecretKeyCodec() {
    }

    static boolean isEncrypted(byte[] box) {
        return box[KDF_AT] == KDF_SCRYPT[0] && box[KDF_AT + 1] == KDF_SCRYPT[1];
    }

    /** @param password null for an unencrypted key ({@code minisign -W}) */
    static byte[] encode(MinisignSecretKey key, char[] password, ScryptCost cost, SecureRandom random) {
        byte[] box = new byte[BYTES];
        System.arraycopy(MinisignPublicKey.ALGORITHM, 0, box, 0, 2);
        System.arraycopy(password == null ? KDF_NONE : KDF_SCRYPT, 0, box, KDF_AT, 2);
        System.arraycopy(CHECKSUM_BLAKE2B, 0, box, CHECKSUM_ALGORITHM_AT, 2);
        MinisignText.putLe64(box, KEYNUM_AT, key.keyId());
        byte[] seed = Ed25519.seed(key.privateKey());
        System.arraycopy(seed, 0, box, SEED_AT, 32);
        Arrays.fill(seed, (byte) 0);
        System.arraycopy(Ed25519.rawPublic(key.publicKey().key()), 0, box, PUBLIC_AT, 32);
        // minisign leaves an unencrypted key's checksum zero and ignores it; rust-minisign (Tauri) insists on it.
        System.arraycopy(checksum(box), 0, box, CHECKSUM_AT, CHECKSUM_BYTES);
        if (password != null) {
            byte[] salt = new byte[SALT_BYTES];
            random.nextBytes(salt);
            System.arraycopy(salt, 0, box, SALT_AT, SALT_BYTES);
            MinisignText.putLe64(box, OPS_AT, cost.opsLimit());
            MinisignText.putLe64(box, MEM_AT, cost.memLimit());
            xorKeyStream(box, password, cost.parameters());
        }
        return box;
    }

    static MinisignSecretKey decode(byte[] box, String source, char[] password) {
        if (box[0] != MinisignPublicKey.ALGORITHM[0] || box[1] != MinisignPublicKey.ALGORITHM[1]) {
            throw new MinisignException(Kind.UNSUPPORTED,
                    source + ": unsupported signature algorithm (minisign keys use \"Ed\")");
        }
        if (box[CHECKSUM_ALGORITHM_AT] != CHECKSUM_BLAKE2B[0]
                || box[CHECKSUM_ALGORITHM_AT + 1] != CHECKSUM_BLAKE2B[1]) {
            throw new MinisignException(Kind.UNSUPPORTED,
                    source + ": unsupported checksum algorithm (minisign uses \"B2\")");
        }
        boolean encrypted = isEncrypted(box);
        if (!encrypted && (box[KDF_AT] != KDF_NONE[0] || box[KDF_AT + 1] != KDF_NONE[1])) {
            throw new MinisignException(Kind.UNSUPPORTED,
                    source + ": unsupported key derivation function (minisign uses scrypt, \"Sc\")");
        }
        byte[] plain = box.clone();
        try {
            if (encrypted) {
                if (password == null) {
                    throw new MinisignException(Kind.PASSWORD_REQUIRED, source + " is encrypted: a password is needed");
                }
                ScryptCost.Parameters parameters =
                        ScryptCost.parameters(MinisignText.le64(box, OPS_AT), MinisignText.le64(box, MEM_AT));
                xorKeyStream(plain, password, parameters);
            }
            byte[] stored = Arrays.copyOfRange(plain, CHECKSUM_AT, CHECKSUM_AT + CHECKSUM_BYTES);
            boolean checksumOk = MessageDigest.isEqual(stored, checksum(plain));
            if (encrypted && !checksumOk) {
                throw new MinisignException(Kind.WRONG_PASSWORD, "wrong password for " + source);
            }
            if (!encrypted && !checksumOk && !MessageDigest.isEqual(stored, new byte[CHECKSUM_BYTES])) {
                throw new MinisignException(Kind.CORRUPT_KEY,
                        source + ": the secret key's checksum does not match (damaged file?)");
            }
            return keyFrom(plain, source);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static MinisignSecretKey keyFrom(byte[] plain, String source) {
        byte[] seed = Arrays.copyOfRange(plain, SEED_AT, SEED_AT + 32);
        PublicKey publicKey;
        PrivateKey privateKey;
        try {
            publicKey = Ed25519.publicKey(Arrays.copyOfRange(plain, PUBLIC_AT, PUBLIC_AT + 32));
            privateKey = Ed25519.privateKey(seed);
        } catch (IllegalArgumentException e) {
            throw new MinisignException(Kind.CORRUPT_KEY,
                    source + ": not a valid Ed25519 key (" + e.getMessage() + ")");
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        if (!Ed25519.matches(privateKey, publicKey)) {
            throw new MinisignException(Kind.CORRUPT_KEY,
                    source + ": the secret and public halves of the key do not belong together");
        }
        return new MinisignSecretKey(privateKey, new MinisignPublicKey(MinisignText.le64(plain, KEYNUM_AT), publicKey));
    }

    /** BLAKE2b-256 over the signature algorithm, key id and secret key, as minisign computes it. */
    private static byte[] checksum(byte[] plain) {
        Blake2b hash = new Blake2b(CHECKSUM_BYTES);
        hash.update(plain, 0, 2);
        hash.update(plain, KEYNUM_AT, 8 + 64);
        return hash.digest();
    }

    private static void xorKeyStream(byte[] box, char[] password, ScryptCost.Parameters parameters) {
        byte[] passwordBytes = MinisignText.utf8(password);
        byte[] salt = Arrays.copyOfRange(box, SALT_AT, SALT_AT + SALT_BYTES);
        byte[] stream;
        try {
            stream = Scrypt.derive(passwordBytes, salt, parameters.n(), parameters.r(), parameters.p(), KEYNUM_BYTES);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
        for (int i = 0; i < KEYNUM_BYTES; i++) {
            box[KEYNUM_AT + i] ^= stream[i];
        }
        Arrays.fill(stream, (byte) 0);
    }

    static String describe(byte[] box) {
        return isEncrypted(box) ? "minisign encrypted secret key" : "minisign unencrypted secret key";
    }
}
