package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The line, base64 and byte-order plumbing shared by minisign's three file kinds. */
final class MinisignText {

    static final String UNTRUSTED_PREFIX = "untrusted comment: ";
    static final String TRUSTED_PREFIX = "trusted comment: ";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MinisignText() {
    }

    /**
     * Splits a minisign file into lines, accepting CRLF and the base64-of-the-whole-file form that
     * {@code tauri signer} writes and {@code TAURI_SIGNING_PRIVATE_KEY} holds.
     */
    static List<String> lines(String text, String source) {
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (!t.startsWith(UNTRUSTED_PREFIX)) {
            String unwrapped = tauriUnwrap(t.replaceAll("\\s+", ""));
            if (unwrapped != null) {
                t = unwrapped.strip();
            }
        }
        if (t.isEmpty()) {
            throw new MinisignException(Kind.MALFORMED, source + " is empty");
        }
        return t.lines().toList();
    }

    private static String tauriUnwrap(String line) {
        try {
            String decoded = UTF_8.newDecoder().decode(ByteBuffer.wrap(Base64.getDecoder().decode(line))).toString();
            return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : null;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    static String line(List<String> lines, int number, String source, String what) {
        if (lines.size() < number) {
            throw new MinisignException(Kind.MALFORMED,
                    source + " line " + number + ": missing (expected " + what + ")");
        }
        return lines.get(number - 1);
    }

    static byte[] base64(List<String> lines, int number, int length, String source, String what) {
        String line = line(lines, number, source, what).strip();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new MinisignException(Kind.MALFORMED,
                    source + " line " + number + ": " + what + " is not valid base64");
        }
        if (bytes.length != length) {
            throw new MinisignException(Kind.MALFORMED, source + " line " + number + ": " + what + " should be "
                    + length + " bytes, found " + bytes.length);
        }
        return bytes;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String untrustedComment(List<String> lines, String source) {
        String first = line(lines, 1, source, "an untrusted comment");
        if (!first.startsWith(UNTRUSTED_PREFIX)) {
            throw new MinisignException(Kind.MALFORMED, source + " line 1: should start with \"" + UNTRUSTED_PREFIX
                    + "\" (is this a minisign file?)");
        }
        return first.substring(UNTRUSTED_PREFIX.length());
    }

    /**
     * Why minisign could not read {@code comment} back, or null: it reads a comment with one fgets into a fixed
     * buffer, so longer or multi-line ones break it.
     */
    static String commentProblem(String comment, int maxBytes, String what) {
        if (comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
            return what + " must be one line: " + comment;
        }
        int bytes = comment.getBytes(UTF_8).length;
        if (bytes > maxBytes) {
            return what + " is " + bytes + " bytes; minisign reads at most " + maxBytes;
        }
        return null;
    }

    static String keyIdHex(long keyId) {
        return "%016X".formatted(keyId);
    }

    static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    static void putLe64(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static void putLe32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    /** UTF-8 of a password without an intermediate String, so the caller can wipe both copies. */
    static byte[] utf8(char[] password) {
        try {
            ByteBuffer encoded = UTF_8.newEncoder().encode(CharBuffer.wrap(password));
            byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
            Arrays.fill(encoded.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid Unicode (a lone surrogate?)", e);
        }
    }

    /**
     * Writes a new file, failing if it exists. A secret one is created owner-only (600) where the file system
     * has POSIX permissions, so it is never readable by others, not even briefly.
     */
    static void writeNew(Path file, String text, boolean secret) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, attributes)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }
}
