package dev.tauri4j.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalised asset path relative to the asset root, such as {@code assets/app.js}.
 *
 * <p>Every instance is safe to append to a root: no leading slash, no empty, {@code .} or {@code ..} segments,
 * no backslash, colon or control characters. A trailing slash ({@code docs/}) marks a directory request, which
 * the resolver answers with that directory's {@code index.html}.
 */
public record AssetKey(String value) {

    /** The longest key accepted, in chars. */
    public static final int MAX_LENGTH = 1024;

    /**
     * Raw paths longer than this are refused before decoding, so a hostile multi-megabyte path costs nothing.
     * Generous: a key char needs at most 9 raw chars (a 3-byte UTF-8 sequence, percent-encoded).
     */
    static final int MAX_RAW_LENGTH = 16 * MAX_LENGTH;

    /** What an empty path or {@code /} asks for. */
    public static final AssetKey INDEX = new AssetKey("index.html");

    /** Validates {@code value}; throws {@link InvalidAssetPathException} if it is not a normalised key. */
    public AssetKey {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /**
     * Turns the path of a request URI, still percent-encoded as the browser sent it (e.g. {@code /assets/app.js}),
     * into a key. Query and fragment are ignored; each segment is percent-decoded exactly once.
     *
     * @throws InvalidAssetPathException if the path is malformed or tries to leave the asset root
     */
    public static AssetKey parse(String rawPath) {
        Objects.requireNonNull(rawPath, "rawPath");
        String path = stripQueryAndFragment(rawPath);
        if (path.length() > MAX_RAW_LENGTH) {
            throw new InvalidAssetPathException("path too long");
        }
        checkRawChars(path);

        List<String> segments = new ArrayList<>();
        boolean directory = false;
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String decoded = PercentDecoder.decode(path.substring(start, end));
            if (decoded.indexOf('/') >= 0) {
                // An encoded slash must not become a separator after decoding, nor survive inside a name.
                throw new InvalidAssetPathException("encoded slash");
            }
            boolean last = slash < 0;
            // RFC 3986 dot-segment removal: a trailing "" or "." names the directory itself.
            if (decoded.isEmpty() || decoded.equals(".")) {
                directory = last && !segments.isEmpty();
            } else {
                checkSegment(decoded);
                segments.add(decoded);
                directory = false;
            }
            start = end + 1;
        }
        if (segments.isEmpty()) {
            return INDEX;
        }
        String value = String.join("/", segments) + (directory ? "/" : "");
        if (value.length() > MAX_LENGTH) {
            throw new InvalidAssetPathException("path too long");
        }
        return new AssetKey(value);
    }

    /** True for a directory request such as {@code docs/}. */
    public boolean isDirectory() {
        return value.endsWith("/");
    }

    /** The last named segment: {@code app.js} for {@code assets/app.js}, {@code docs} for {@code docs/}. */
    public String fileName() {
        String trimmed = isDirectory() ? value.substring(0, value.length() - 1) : value;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The file extension without the dot, as written ({@code js}); empty for directories and dotfiles. */
    public Optional<String> extension() {
        return isDirectory() ? Optional.empty() : extensionOf(fileName());
    }

    /** This key with {@code suffix} appended, e.g. {@code .html}; throws if the result is not a valid key. */
    public AssetKey withSuffix(String suffix) {
        return new AssetKey(value + suffix);
    }

    /**
     * The extension of a file name: text after the last dot, if that dot is neither first (a dotfile such as
     * {@code .env} has no extension) nor last.
     */
    static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && dot < fileName.length() - 1 ? Optional.of(fileName.substring(dot + 1)) : Optional.empty();
    }

    private static String stripQueryAndFragment(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '?' || c == '#') {
                return rawPath.substring(0, i);
            }
        }
        return rawPath;
    }

    private static void checkRawChars(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                // Windows and some webviews treat it as a separator; no legitimate URL path needs it raw.
                throw new InvalidAssetPathException("backslash");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidAssetPathException("control character");
            }
        }
    }

    private static void validate(String value) {
        if (value.isEmpty()) {
            throw new InvalidAssetPathException("empty key");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidAssetPathException("path too long");
        }
        if (value.startsWith("/")) {
            throw new InvalidAssetPathException("absolute path");
        }
        int start = 0;
        while (true) {
            int slash = value.indexOf('/', start);
            if (slash < 0) {
                String tail = value.substring(start);
                if (!tail.isEmpty()) {
                    checkSegment(tail);
                }
                return;
            }
            checkSegment(value.substring(start, slash));
            start = slash + 1;
        }
    }

    private static void checkSegment(String segment) {
        if (segment.isEmpty()) {
            throw new InvalidAssetPathException("empty segment");
        }
        if (segment.equals(".")) {
            throw new InvalidAssetPathException("dot segment");
        }
        if (segment.equals("..")) {
            throw new InvalidAssetPathException("parent segment");
        }
        if (onlyDotsAndSpaces(segment)) {
            // Windows strips trailing dots and spaces from names, so "..." or ".. " can act as "..".
            throw new InvalidAssetPathException("dots/spaces-only segment");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '\\') {
                throw new InvalidAssetPathException("backslash");
            }
            if (c == ':') {
                // Drive letters (C:), URI schemes, and NTFS alternate data streams (file::$DATA).
                throw new InvalidAssetPathException("colon");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidAssetPathException("control character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < segment.length()
                    && Character.isLowSurrogate(segment.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidAssetPathException("lone surrogate");
            }
        }
    }

    private static boolean onlyDotsAndSpaces(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '.' && c != ' ') {
                return false;
            }
        }
        return true;
    }
}
