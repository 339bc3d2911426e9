package dev.tauri4j.assets;

import dev.tauri4j.config.MediaTypes;

/** Content-Types for assets, chosen by file extension (case-insensitive). */
public final class MimeTypes {

    /** What an unknown or missing extension is served as, so the webview never sniffs it into something active. */
    public static final String DEFAULT = MediaTypes.DEFAULT;

    private MimeTypes() {
    }

    /** The Content-Type for an asset key; directory keys and unknown extensions get {@link #DEFAULT}. */
    public static String forKey(AssetKey key) {
        return key.extension().map(MimeTypes::forExtension).orElse(DEFAULT);
    }

    /** The Content-Type for a file name or slash-separated path such as {@code assets/app.js}. */
    public static String forName(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return AssetKey.extensionOf(fileName).map(MimeTypes::forExtension).orElse(DEFAULT);
    }

    private static String forExtension(String extension) {
        return MediaTypes.forExtension(extension);
    }
}
