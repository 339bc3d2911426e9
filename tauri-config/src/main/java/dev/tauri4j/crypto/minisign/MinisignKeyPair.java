package dev.tauri4j.crypto.minisign;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;

/**
 * A minisign key pair, what {@code minisign -G} and {@code tauri signer generate} make.
 *
 * @param publicKey the public half, to publish
 * @param secretKey the secret half, which also carries the public one
 */
public record MinisignKeyPair(MinisignPublicKey publicKey, MinisignSecretKey secretKey) {

    /** Checks that the halves belong together. */
    public MinisignKeyPair {
        if (!publicKey.equals(secretKey.publicKey())) {
            throw new IllegalArgumentException("the public key " + publicKey.keyIdHex()
                    + " is not the secret key's (" + secretKey.publicKey().keyIdHex() + ")");
        }
    }

    /** A new Ed25519 key pair with a random key id. */
    public static MinisignKeyPair generate() {
        KeyPair pair = Ed25519.generate();
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        MinisignPublicKey publicKey = new MinisignPublicKey(MinisignText.le64(id, 0), pair.getPublic());
        return new MinisignKeyPair(publicKey, new MinisignSecretKey(pair.getPrivate(), publicKey));
    }

    /** Writes both key files, encrypting the secret one at minisign's own cost unless the password is null. */
    public void write(Path publicKeyFile, Path secretKeyFile, char[] password) throws IOException {
        write(publicKeyFile, secretKeyFile, password, ScryptCost.MINISIGN);
    }

    /**
     * Writes both key files, refusing to overwrite either (as {@code minisign -G} without {@code -f} does): neither
     * is written if either exists.
     *
     * @param password null for an unencrypted secret key; otherwise (even empty) the secret key is encrypted
     * @param cost     the scrypt cost, e.g. {@link ScryptCost#MINISIGN}; may be null without a password
     */
    public void write(Path publicKeyFile, Path secretKeyFile, char[] password, ScryptCost cost) throws IOException {
        for (Path file : new Path[] {publicKeyFile, secretKeyFile}) {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString(), null,
                        "a key file is already there; delete it first to replace the key pair");
            }
        }
        secretKey.write(secretKeyFile, password, cost);
        publicKey.write(publicKeyFile);
    }
}
