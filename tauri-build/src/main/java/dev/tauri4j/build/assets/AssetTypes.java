package dev.tauri4j.build.assets;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type the runtime serves each asset with, recorded in the manifest.
 *
 * <p>A copy of the runtime's {@code dev.tauri4j.assets.MimeTypes} table (the build must not depend on the runtime):
 * change both together.
 */
final class AssetTypes {

    /** What an unknown or missing extension is served as. */
    static final String DEFAULT = "application/octet-stream";

    // XML and SVG carry their encoding in their own declaration, so the runtime sends no charset for them.
    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("cjs", "text/javascript" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("csv", "text/csv" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"));

    private AssetTypes() {
    }

    /** The Content-Type of an asset key such as {@code assets/app.js}, by its extension, case-insensitively. */
    static String forKey(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        // Like the runtime: a dotfile (".env") or a trailing dot has no extension.
        if (dot <= 0 || dot == name.length() - 1) return DEFAULT;
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    /** True for the types whose files may hold inline scripts. */
    static boolean isHtml(String type) {
        return type.startsWith("text/html");
    }
}
