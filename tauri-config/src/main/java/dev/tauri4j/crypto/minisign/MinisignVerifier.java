package dev.tauri4j.crypto.minisign;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.SignatureException;

/**
 * Verifies minisign signatures as {@code minisign -V} does: key id, then the file, then the trusted comment.
 * Accepts the prehashed "ED" form and the legacy "Ed" one.
 */
public final class MinisignVerifier {

    private MinisignVerifier() {
    }

    /** Verifies {@code file} against {@code <file>.minisig}. */
    public static MinisignSignature verify(Path file, MinisignPublicKey key) throws IOException {
        return verify(file, file.resolveSibling(file.getFileName() + ".minisig"), key);
    }

    /**
     * Verifies a file against a signature file.
     *
     * @return the verified signature; its {@link MinisignSignature#trustedComment()} can now be trusted
     * @throws MinisignException {@code WRONG_KEY}, {@code BAD_SIGNATURE}, {@code BAD_TRUSTED_COMMENT},
     *                           or {@code MALFORMED} naming the signature file's line
     */
    public static MinisignSignature verify(Path file, Path signatureFile, MinisignPublicKey key) throws IOException {
        MinisignSignature signature = MinisignSignature.read(signatureFile);
        return verify(signature, key, file.toString(), signatureFile.toString(), () -> Files.newInputStream(file));
    }

    /**
     * Verifies bytes held in memory, e.g. an asset manifest, against a parsed signature.
     *
     * @return the signature, now verified
     */
    public static MinisignSignature verify(byte[] content, MinisignSignature signature, MinisignPublicKey key) {
        try {
            return verify(signature, key, "the content", "its signature", () -> new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read", e);
        }
    }

    private interface Content {
        InputStream open() throws IOException;
    }

    private static MinisignSignature verify(MinisignSignature signature, MinisignPublicKey key, String fileName,
                                            String signatureName, Content content) throws IOException {
        if (signature.keyId() != key.keyId()) {
            throw new MinisignException(Kind.WRONG_KEY, signatureName + " was made by key " + signature.keyIdHex()
                    + ", but the public key given is " + key.keyIdHex());
        }
        if (!contentMatches(signature, key, content)) {
            throw new MinisignException(Kind.BAD_SIGNATURE, "signature verification failed: " + fileName
                    + " is not what key " + key.keyIdHex() + " signed in " + signatureName
                    + " (the file was changed or the signature forged)");
        }
        if (!Ed25519.verify(key.key(), signature.signedTrustedComment(), signature.globalSignature())) {
            throw new MinisignException(Kind.BAD_TRUSTED_COMMENT, "the trusted comment in " + signatureName
                    + " was changed after signing: " + signature.trustedComment());
        }
        return signature;
    }

    private static boolean contentMatches(MinisignSignature signature, MinisignPublicKey key, Content content)
            throws IOException {
        try (InputStream in = content.open()) {
            if (signature.prehashed()) {
                return Ed25519.verify(key.key(), MinisignSigner.prehash(in), signature.signature());
            }
            // Legacy signatures cover the whole file; stream it rather than hold it in memory.
            Signature verifier = Ed25519.verifier(key.key());
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                verifier.update(buffer, 0, n);
            }
            return verifier.verify(signature.signature());
        } catch (SignatureException e) {
            return false;
        }
    }
}
