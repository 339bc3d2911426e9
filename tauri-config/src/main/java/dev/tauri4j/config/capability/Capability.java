package dev.tauri4j.config.capability;

import java.util.List;
import java.util.Objects;

/**
 * One capability in Tauri v2's format: which windows (and which pages in them) may use which permissions.
 *
 * @param identifier  unique name, used by {@code app.security.capabilities} to select it
 * @param description free text
 * @param windows     window labels or globs ({@code *}, {@code settings-*}) it applies to
 * @param webviews    webview labels or globs; in tauri4j a window's webview has the window's label
 * @param permissions the permissions it grants or denies, in file order
 * @param remoteUrls  URL patterns of remote pages it applies to; empty for none
 * @param platforms   platforms it is active on; null for all
 * @param local       whether it applies to the app's own pages (Tauri's default: true)
 * @param source      the file it came from, e.g. {@code capabilities/default.json} or {@code tauri.conf.json}
 * @param path        its JSON path in that file ({@code ""} for a whole file)
 */
public record Capability(String identifier, String description, List<String> windows, List<String> webviews,
        List<PermissionRef> permissions, List<String> remoteUrls, List<String> platforms, boolean local,
        String source, String path) {

    public Capability {
        Objects.requireNonNull(identifier, "identifier");
        windows = List.copyOf(windows);
        webviews = List.copyOf(webviews);
        permissions = List.copyOf(permissions);
        remoteUrls = List.copyOf(remoteUrls);
        platforms = platforms == null ? null : List.copyOf(platforms);
        source = source == null ? "" : source;
        path = path == null ? "" : path;
    }

    /** Whether it is active on {@code platform} (one of {@link Platforms#ALL}). */
    public boolean activeOn(String platform) {
        return platforms == null || platforms.contains(platform);
    }

    /** Whether window (or webview) {@code label} is one it names. */
    public boolean appliesToWindow(String label) {
        for (String glob : windows) if (LabelGlob.matches(glob, label)) return true;
        for (String glob : webviews) if (LabelGlob.matches(glob, label)) return true;
        return false;
    }

    /** Where it is written, for messages: {@code capabilities/default.json} or {@code tauri.conf.json app.security.capabilities[0]}. */
    public String where() {
        return path.isEmpty() ? source : source + " " + path;
    }

    /** The JSON path of {@code key} inside this capability. */
    public String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
