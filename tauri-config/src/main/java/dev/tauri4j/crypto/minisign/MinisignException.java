package dev.tauri4j.crypto.minisign;

import dev.tauri4j.config.UserFixableException;

/**
 * A minisign key, signature or comment that cannot be used: malformed, unsupported, locked by a password, or not
 * matching.
 *
 * <p>The message is meant for the user as is: it names the file (and line, for malformed files) and the problem.
 */
public final class MinisignException extends UserFixableException {

    /** What went wrong, for callers that react differently to a wrong password and a forged file. */
    public enum Kind {
        /** Not a minisign file, or a damaged one; the message names the line. */
        MALFORMED,
        /** A well-formed file using an algorithm minisign does not define, or unreasonable key derivation costs. */
        UNSUPPORTED,
        /** The secret key is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** The secret key's checksum does not match after decryption. */
        WRONG_PASSWORD,
        /** An unencrypted secret key whose checksum or key halves disagree. */
        CORRUPT_KEY,
        /** The signature was made by a different key than the one given. */
        WRONG_KEY,
        /** The signature does not match the file: the file was changed or the signature forged. */
        BAD_SIGNATURE,
        /** The file matches but the trusted comment was changed after signing. */
        BAD_TRUSTED_COMMENT,
        /** A trusted comment to sign that minisign could not read back: several lines, too long, or unprintable. */
        BAD_COMMENT
    }

    private final Kind kind;

    /** @param message the full, user-facing explanation */
    public MinisignException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }
}
