package dev.tauri4j.crypto.minisign;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tauri4j.crypto.minisign.MinisignException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * A minisign public key: an Ed25519 key and the 8-byte key id that signatures name.
 *
 * @param keyId the key id as minisign prints it ({@code %016X} of the little-endian bytes)
 * @param key   the JDK Ed25519 key
 */
public record MinisignPublicKey(long keyId, PublicKey key) {

    /** "Ed" + key id (8) + key (32). */
    static final int BYTES = 2 + 8 + Ed25519.KEY_BYTES;
    static final byte[] ALGORITHM = {'E', 'd'};

    /** Checks that the key is an Ed25519 one. */
    public MinisignPublicKey {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof EdECPublicKey edec) || !edec.getParams().getName().equalsIgnoreCase("Ed25519")) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
    }

    /** Reads a public key file: minisign's two lines, Tauri's base64 of them, or the bare base64 line. */
    public static MinisignPublicKey read(Path file) throws IOException {
        return parse(Files.readString(file, UTF_8), file.toString());
    }

    /**
     * Parses a public key in any of the forms {@link #read(Path)} accepts.
     *
     * @param source names the text in error messages, e.g. its file name
     */
    public static MinisignPublicKey parse(String text, String source) {
        List<String> lines = MinisignText.lines(text, source);
        if (lines.size() == 1 && !lines.getFirst().startsWith(MinisignText.UNTRUSTED_PREFIX)) {
            // What `minisign -P` takes and what `minisign -G` prints: the key line alone.
            return fromBytes(MinisignText.base64(lines, 1, BYTES, source, "the public key"), source);
        }
        MinisignText.untrustedComment(lines, source);
        return fromBytes(MinisignText.base64(lines, 2, BYTES, source, "the public key"), source);
    }

    private static MinisignPublicKey fromBytes(byte[] bytes, String source) {
        if (bytes[0] != ALGORITHM[0] || bytes[1] != ALGORITHM[1]) {
            throw new MinisignException(Kind.UNSUPPORTED, source + ": unsupported signature algorithm \""
                    + new String(bytes, 0, 2, UTF_8) + "\" (minisign keys use \"Ed\")");
        }
        byte[] raw = new byte[Ed25519.KEY_BYTES];
        System.arraycopy(bytes, 10, raw, 0, raw.length);
        try {
            return new MinisignPublicKey(MinisignText.le64(bytes, 2), Ed25519.publicKey(raw));
        } catch (IllegalArgumentException e) {
            throw new MinisignException(Kind.MALFORMED, source + ": the public key is not a valid Ed25519 key");
        }
    }

    /** The key id as minisign prints it, 16 upper-case hex digits. */
    public String keyIdHex() {
        return MinisignText.keyIdHex(keyId);
    }

    /** The base64 line alone, as {@code minisign -P} takes it. */
    public String toBase64() {
        byte[] bytes = new byte[BYTES];
        bytes[0] = ALGORITHM[0];
        bytes[1] = ALGORITHM[1];
        MinisignText.putLe64(bytes, 2, keyId);
        System.arraycopy(Ed25519.rawPublic(key), 0, bytes, 10, Ed25519.KEY_BYTES);
        return MinisignText.base64(bytes);
    }

    /** The public key file's text, as {@code minisign -G} writes it. */
    public String toText() {
        return MinisignText.UNTRUSTED_PREFIX + "minisign public key " + keyIdHex() + "\n" + toBase64() + "\n";
    }

    /** Writes {@link #toText()} to a new file; an existing one is left alone (FileAlreadyExistsException). */
    public void write(Path file) throws IOException {
        MinisignText.writeNew(file, toText(), false);
    }
}
