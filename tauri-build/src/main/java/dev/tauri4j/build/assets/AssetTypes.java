package dev.tauri4j.build.assets;

import dev.tauri4j.config.MediaTypes;

/** The Content-Type the runtime serves each asset with (the shared {@link MediaTypes} table), for the manifest. */
final class AssetTypes {

    /** What an unknown or missing extension is served as. */
    static final String DEFAULT = MediaTypes.DEFAULT;

    private AssetTypes() {
    }

    /** The Content-Type of an asset key such as {@code assets/app.js}, by its extension, case-insensitively. */
    static String forKey(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        // Like the runtime: a dotfile (".env") or a trailing dot has no extension.
        if (dot <= 0 || dot == name.length() - 1) return DEFAULT;
        return MediaTypes.forExtension(name.substring(dot + 1));
    }

    /** True for the types whose files may hold inline scripts. */
    static boolean isHtml(String type) {
        return type.startsWith("text/html");
    }
}
