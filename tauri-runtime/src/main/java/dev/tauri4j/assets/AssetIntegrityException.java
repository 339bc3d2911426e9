package dev.tauri4j.assets;

/**
 * An asset or the asset manifest failed its integrity check. Every message is made here, in one place, and names
 * the file and the fix.
 */
public final class AssetIntegrityException extends RuntimeException {

    /** What failed. */
    public enum Kind {
        /** The manifest is not valid JSON of the expected form. */
        MANIFEST_UNREADABLE,
        /** The app carries a public key but no manifest. */
        MANIFEST_MISSING,
        /** The app carries a public key but the manifest has no signature. */
        SIGNATURE_MISSING,
        /** The signature or the public key file cannot be parsed. */
        SIGNATURE_MALFORMED,
        /** The signature was made by another key. */
        WRONG_KEY,
        /** The signature does not match the manifest's bytes (or its trusted comment was changed). */
        BAD_SIGNATURE,
        /** An asset's bytes differ from the manifest's SHA-256. */
        ASSET_CHANGED,
        /** A file in the asset folder is not in the manifest. */
        ASSET_NOT_IN_MANIFEST
    }

    private final Kind kind;
    private final String subject;

    /**
     * @param subject the file concerned (an asset key, or the manifest's name)
     * @param detail  what was found, e.g. the two hashes or the key ids
     */
    public AssetIntegrityException(Kind kind, String subject, String detail) {
        super(message(kind, subject, detail));
        this.kind = kind;
        this.subject = subject;
    }

    /** What failed. */
    public Kind kind() {
        return kind;
    }

    /** The asset key or manifest name concerned. */
    public String subject() {
        return subject;
    }

    private static String message(Kind kind, String subject, String detail) {
        String rebuild = "Fix: rebuild the app (mvn package runs tauri:build, which writes the manifest and signs it)";
        return switch (kind) {
            case MANIFEST_UNREADABLE -> "the asset manifest " + subject + " cannot be read: " + detail + ". " + rebuild;
            case MANIFEST_MISSING -> "the app carries a public key (" + subject + ") but no asset manifest, so its assets "
                    + "cannot be checked; refusing to start. " + rebuild;
            case SIGNATURE_MISSING -> "the app carries a public key but " + subject + " is missing: the asset manifest "
                    + "is not signed; refusing to start. " + rebuild + " with <signingKey> set";
            case SIGNATURE_MALFORMED -> subject + " is not a minisign file: " + detail + "; refusing to start. " + rebuild;
            case WRONG_KEY -> "the asset manifest's signature " + subject + " was made by another key (" + detail
                    + "); refusing to start: the assets may have been replaced. " + rebuild + " with the key whose "
                    + "public half the app carries";
            case BAD_SIGNATURE -> "the asset manifest's signature " + subject + " does not verify (" + detail
                    + "); refusing to start: the manifest or its signature was changed after the build. " + rebuild;
            case ASSET_CHANGED -> "asset " + subject + " was not served: its bytes differ from the build's manifest ("
                    + detail + "), so it was changed after the build. " + rebuild;
            case ASSET_NOT_IN_MANIFEST -> "asset " + subject + " was not served: it is not in the build's manifest, so "
                    + "it was added after the build. " + rebuild;
        };
    }
}
