package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A minisign secret key, decrypted: the Ed25519 private key and the public key (with its key id) it signs for.
 *
 * @param privateKey the JDK Ed25519 private key
 * @param publicKey  the matching public key and key id
 */
public record MinisignSecretKey(PrivateKey privateKey, MinisignPublicKey publicKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks that neither half is missing. */
    public MinisignSecretKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /**
     * Reads and, if it is encrypted, decrypts a secret key file written by minisign, rsign or {@code tauri signer}
     * (whose files are base64 of minisign's text), honouring the scrypt cost stored in the file.
     *
     * @param password the password, or null for an unencrypted key; the caller may wipe it afterwards
     * @throws MinisignException {@code PASSWORD_REQUIRED}, {@code WRONG_PASSWORD}, {@code MALFORMED}, ...
     */
    public static MinisignSecretKey read(Path file, char[] password) throws IOException {
        return parse(Files.readString(file, UTF_8), file.toString(), password);
    }

    /**
     * Like {@link #read(Path, char[])}, from the file's text, e.g. an environment variable's value.
     *
     * @param source names the text in error messages
     */
    public static MinisignSecretKey parse(String text, String source, char[] password) {
        byte[] box = box(text, source);
        try {
            return SecretKeyCodec.decode(box, source, password);
        } finally {
            Arrays.fill(box, (byte) 0);
        }
    }

    /** Whether the key file needs a password, so a caller asks for one only when it must. */
    public static boolean isEncrypted(Path file) throws IOException {
        return SecretKeyCodec.isEncrypted(box(Files.readString(file, UTF_8), file.toString()));
    }

    private static byte[] box(String text, String source) {
        List<String> lines = MinisignText.lines(text, source);
        MinisignText.untrustedComment(lines, source);
        return MinisignText.base64(lines, 2, SecretKeyCodec.BYTES, source, "the secret key");
    }

    /** The key id that signatures carry. */
    public long keyId() {
        return publicKey.keyId();
    }

    /**
     * The secret key file's text.
     *
     * @param password null to leave the key unencrypted, as {@code minisign -G -W} does; otherwise (even empty)
     *                 the key is encrypted with it
     * @param cost     the scrypt cost stored in the file; may be null without a password
     */
    public String toText(char[] password, ScryptCost cost) {
        if (password != null) {
            Objects.requireNonNull(cost, "an encrypted key needs a scrypt cost");
        }
        byte[] box = SecretKeyCodec.encode(this, password, cost, RANDOM);
        try {
            return MinisignText.UNTRUSTED_PREFIX + SecretKeyCodec.describe(box) + "\n"
                    + MinisignText.base64(box) + "\n";
        } finally {
            Arrays.fill(box, (byte) 0);
        }
    }

    /**
     * Writes {@link #toText(char[], ScryptCost)} to a new file, readable by its owner only where the file system
     * allows; an existing file is left alone (FileAlreadyExistsException).
     */
    public void write(Path file, char[] password, ScryptCost cost) throws IOException {
        MinisignText.writeNew(file, toText(password, cost), true);
    }

    /** Never shows the key itself, so logging a key is harmless. */
    @Override
    public String toString() {
        return "MinisignSecretKey[keyId=" + publicKey.keyIdHex() + "]";
    }
}
