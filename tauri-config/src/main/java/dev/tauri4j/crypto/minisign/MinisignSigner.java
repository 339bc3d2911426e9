package dev.tauri4j.crypto.minisign;

import dev.tauri4j.crypto.Blake2b;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Signs files and bytes the way {@code minisign -S} does: prehashed ("ED") with a signed trusted comment. */
public final class MinisignSigner {

    /** The untrusted comment of our signatures; minisign writes "signature from minisign secret key". */
    public static final String UNTRUSTED_COMMENT = "signature from tauri4j secret key";

    private MinisignSigner() {
    }

    /**
     * Signs a file, returning the signature without writing it.
     *
     * @param trustedComment the signed comment (one line); null for minisign's default,
     *                       {@code timestamp:<seconds>\tfile:<name>\thashed}
     */
    public static MinisignSignature sign(Path file, MinisignSecretKey key, String trustedComment) throws IOException {
        String comment = trustedComment != null ? trustedComment
                : "timestamp:" + Instant.now().getEpochSecond() + "\tfile:" + file.getFileName() + "\thashed";
        try (InputStream in = Files.newInputStream(file)) {
            return sign(in, key, comment);
        }
    }

    /** Signs a file and writes the signature next to it, as {@code <file>.minisig}, which it returns. */
    public static Path signToFile(Path file, MinisignSecretKey key, String trustedComment) throws IOException {
        Path signatureFile = file.resolveSibling(file.getFileName() + ".minisig");
        sign(file, key, trustedComment).write(signatureFile);
        return signatureFile;
    }

    /**
     * Signs bytes held in memory, e.g. an asset manifest.
     *
     * @param trustedComment the signed comment (one line); null for {@code timestamp:<seconds>\thashed}
     */
    public static MinisignSignature sign(byte[] content, MinisignSecretKey key, String trustedComment) {
        String comment = trustedComment != null ? trustedComment
                : "timestamp:" + Instant.now().getEpochSecond() + "\thashed";
        try {
            return sign(new ByteArrayInputStream(content), key, comment);
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read", e);
        }
    }

    private static MinisignSignature sign(InputStream content, MinisignSecretKey key, String trustedComment)
            throws IOException {
        // Checked before the (possibly long) hashing, and by the same rules the record enforces. The comment can be
        // the user's own (tauri:signer's), so a refusal is theirs to fix rather than a bug.
        String problem = MinisignSignature.trustedCommentProblem(trustedComment);
        if (problem != null) {
            throw new MinisignException(MinisignException.Kind.BAD_COMMENT,
                    problem + ". Fix: give a one-line trusted comment without control characters");
        }
        byte[] signature = Ed25519.sign(key.privateKey(), prehash(content));
        byte[] comment = trustedComment.getBytes(UTF_8);
        byte[] covered = new byte[signature.length + comment.length];
        System.arraycopy(signature, 0, covered, 0, signature.length);
        System.arraycopy(comment, 0, covered, signature.length, comment.length);
        byte[] global = Ed25519.sign(key.privateKey(), covered);
        return new MinisignSignature(UNTRUSTED_COMMENT, true, key.keyId(), signature, trustedComment, global);
    }

    /** BLAKE2b-512 of the whole content: what a prehashed minisign signature signs. */
    static byte[] prehash(InputStream content) throws IOException {
        Blake2b hash = new Blake2b(64);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = content.read(buffer)) > 0; ) {
            hash.update(buffer, 0, n);
        }
        return hash.digest();
    }
}
