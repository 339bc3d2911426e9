package dev.tauri4j.build.assets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The CSP source expression that allows one inline script, in the form without quotes: {@code sha256-<base64>}. */
final class CspHash {

    private CspHash() {
    }

    /** {@code sha256-} and the base64 of the SHA-256 of the script's UTF-8 bytes, as CSP Level 3 defines it. */
    static String of(String scriptText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scriptText.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
