package dev.tauri4j.maven;

import dev.tauri4j.crypto.minisign.MinisignSecretKey;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the minisign secret key the build and bundle goals sign with; its password comes from the environment. */
final class SigningKey {

    private SigningKey() {}

    static MinisignSecretKey open(Path key, String passwordEnv) throws java.io.IOException {
        if (!Files.isRegularFile(key)) {
            throw new MojoErrors.GoalException("signing key " + key + " not found. Fix: make one with mvn tauri:signer,"
                    + " or point <signingKey> / -Dtauri.signingKey at yours");
        }
        String password = System.getenv(passwordEnv);
        if (MinisignSecretKey.isEncrypted(key) && password == null) {
            throw new MojoErrors.GoalException("signing key " + key + " has a password. Fix: set the environment variable "
                    + passwordEnv);
        }
        return MinisignSecretKey.read(key, password == null ? null : password.toCharArray());
    }
}
