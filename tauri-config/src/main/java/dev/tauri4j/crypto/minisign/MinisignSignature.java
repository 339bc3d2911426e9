package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A minisign signature file ({@code .minisig}), parsed but not verified: see {@link MinisignVerifier}.
 *
 * @param untrustedComment line 1 after {@code "untrusted comment: "}; anyone can change it
 * @param prehashed        true for the "ED" form (signature over the file's BLAKE2b-512), false for legacy "Ed"
 * @param keyId            the id of the key that signed
 * @param signature        the 64-byte Ed25519 signature of the file (or of its hash)
 * @param trustedComment   line 3 after {@code "trusted comment: "}; covered by {@code globalSignature}
 * @param globalSignature  the 64-byte Ed25519 signature of {@code signature} followed by the trusted comment
 */
public record MinisignSignature(String untrustedComment, boolean prehashed, long keyId, byte[] signature,
                                String trustedComment, byte[] globalSignature) {

    /** minisign reads each comment line with one fgets into a fixed buffer (1024 and 8192 bytes). */
    static final int MAX_UNTRUSTED_COMMENT_BYTES = 1024 - MinisignText.UNTRUSTED_PREFIX.length() - 2;
    static final int MAX_TRUSTED_COMMENT_BYTES = 8192 - MinisignText.TRUSTED_PREFIX.length() - 2;

    private static final int BYTES = 2 + 8 + Ed25519.SIGNATURE_BYTES;

    /** Checks the sizes and that both comments are lines minisign can read back. */
    public MinisignSignature {
        Objects.requireNonNull(untrustedComment, "untrustedComment");
        Objects.requireNonNull(trustedComment, "trustedComment");
        if (signature.length != Ed25519.SIGNATURE_BYTES || globalSignature.length != Ed25519.SIGNATURE_BYTES) {
            throw new IllegalArgumentException("Ed25519 signatures are 64 bytes");
        }
        String problem = MinisignText.commentProblem(untrustedComment, MAX_UNTRUSTED_COMMENT_BYTES, "the untrusted comment");
        if (problem == null) problem = trustedCommentProblem(trustedComment);
        if (problem != null) throw new IllegalArgumentException(problem);
        signature = signature.clone();
        globalSignature = globalSignature.clone();
    }

    /** Reads a {@code .minisig} file, or Tauri's base64 of one. */
    public static MinisignSignature read(Path file) throws IOException {
        return parse(Files.readString(file, UTF_8), file.toString());
    }

    /**
     * Parses a signature file's text.
     *
     * @param source names the text in error messages
     * @throws MinisignException {@code MALFORMED} naming the line, or {@code UNSUPPORTED}
     */
    public static MinisignSignature parse(String text, String source) {
        List<String> lines = MinisignText.lines(text, source);
        String untrusted = MinisignText.untrustedComment(lines, source);
        byte[] head = MinisignText.base64(lines, 2, BYTES, source, "the signature");
        boolean prehashed;
        if (head[0] == 'E' && head[1] == 'D') {
            prehashed = true;
        } else if (head[0] == 'E' && head[1] == 'd') {
            prehashed = false;
        } else {
            throw new MinisignException(Kind.UNSUPPORTED, source + " line 2: unsupported signature algorithm \""
                    + new String(head, 0, 2, UTF_8) + "\" (minisign uses \"ED\" or the legacy \"Ed\")");
        }
        String third = MinisignText.line(lines, 3, source, "a trusted comment");
        if (!third.startsWith(MinisignText.TRUSTED_PREFIX)) {
            throw new MinisignException(Kind.MALFORMED, source + " line 3: should start with \""
                    + MinisignText.TRUSTED_PREFIX + "\"");
        }
        String trusted = third.substring(MinisignText.TRUSTED_PREFIX.length());
        if (!printable(trusted)) {
            throw new MinisignException(Kind.MALFORMED, source + " line 3: the trusted comment has control characters");
        }
        byte[] global =
                MinisignText.base64(lines, 4, Ed25519.SIGNATURE_BYTES, source, "the trusted comment's signature");
        if (lines.size() > 4) {
            throw new MinisignException(Kind.MALFORMED, source + " line 5: unexpected text after the signature");
        }
        try {
            return new MinisignSignature(untrusted, prehashed, MinisignText.le64(head, 2),
                    Arrays.copyOfRange(head, 10, BYTES), trusted, global);
        } catch (IllegalArgumentException e) {
            throw new MinisignException(Kind.MALFORMED, source + ": " + e.getMessage());
        }
    }

    /** Why minisign would refuse {@code comment} as a trusted comment, or null when it takes it. */
    static String trustedCommentProblem(String comment) {
        String problem = MinisignText.commentProblem(comment, MAX_TRUSTED_COMMENT_BYTES, "the trusted comment");
        if (problem == null && !printable(comment)) {
            problem = "the trusted comment has control characters (minisign refuses them): " + comment;
        }
        return problem;
    }

    /** minisign's rule: tabs, printable ASCII and non-control Unicode, nothing else. */
    private static boolean printable(String s) {
        return s.codePoints().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)))
                && UTF_8.newEncoder().canEncode(s);
    }

    /** The key id as minisign prints it, 16 upper-case hex digits. */
    public String keyIdHex() {
        return MinisignText.keyIdHex(keyId);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] globalSignature() {
        return globalSignature.clone();
    }

    /** The same signature with another untrusted comment, which nothing signs and anyone may change. */
    public MinisignSignature withUntrustedComment(String comment) {
        return new MinisignSignature(comment, prehashed, keyId, signature, trustedComment, globalSignature);
    }

    /** What the global signature covers. */
    byte[] signedTrustedComment() {
        byte[] comment = trustedComment.getBytes(UTF_8);
        byte[] bytes = Arrays.copyOf(signature, signature.length + comment.length);
        System.arraycopy(comment, 0, bytes, signature.length, comment.length);
        return bytes;
    }

    /** The file's four lines, as {@code minisign -S} writes them. */
    public String toText() {
        byte[] head = new byte[BYTES];
        head[0] = 'E';
        head[1] = (byte) (prehashed ? 'D' : 'd');
        MinisignText.putLe64(head, 2, keyId);
        System.arraycopy(signature, 0, head, 10, Ed25519.SIGNATURE_BYTES);
        return MinisignText.UNTRUSTED_PREFIX + untrustedComment + "\n" + MinisignText.base64(head) + "\n"
                + MinisignText.TRUSTED_PREFIX + trustedComment + "\n" + MinisignText.base64(globalSignature) + "\n";
    }

    /** Writes {@link #toText()}, replacing the file if it exists, as {@code minisign -S} does. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toText(), UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinisignSignature s && prehashed == s.prehashed && keyId == s.keyId
                && untrustedComment.equals(s.untrustedComment) && trustedComment.equals(s.trustedComment)
                && Arrays.equals(signature, s.signature) && Arrays.equals(globalSignature, s.globalSignature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(untrustedComment, prehashed, keyId, Arrays.hashCode(signature), trustedComment,
                Arrays.hashCode(globalSignature));
    }

    @Override
    public String toString() {
        return "MinisignSignature[keyId=" + keyIdHex() + ", prehashed=" + prehashed + ", trustedComment="
                + trustedComment + "]";
    }
}
