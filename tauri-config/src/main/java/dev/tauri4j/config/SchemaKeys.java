package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which keys of Tauri v2's config schema tauri4j honours, which it knows but ignores, and the warnings about both.
 *
 * <p>The key lists follow Tauri's published schema (2.0) plus keys added in later 2.x releases, so that a config
 * written for any Tauri 2 version is never reported as having unknown keys.
 */
final class SchemaKeys {

    /** One JSON object kind of the schema. */
    enum Section {
        ROOT(Set.of("productName", "version", "identifier", "build", "app"),
                Set.of("mainBinaryName"),
                Set.of("$schema", "bundle", "plugins")),
        BUILD(Set.of("devUrl", "frontendDist", "beforeDevCommand", "beforeBuildCommand"),
                Set.of("runner", "beforeBundleCommand", "features", "additionalWatchFolders", "removeUnusedCommands"),
                Set.of()),
        BEFORE_DEV_COMMAND(Set.of("script"), Set.of("cwd", "wait"), Set.of()),
        HOOK_COMMAND(Set.of("script"), Set.of("cwd"), Set.of()),
        APP(Set.of("windows", "withGlobalTauri", "security", "trayIcon"),
                Set.of("macOSPrivateApi", "enableGTKAppId"),
                Set.of()),
        WINDOW(Set.of("label", "title", "url", "width", "height", "minWidth", "minHeight", "maxWidth", "maxHeight",
                "resizable", "fullscreen", "decorations", "alwaysOnTop", "center", "visible", "create", "transparent"),
                Set.of("userAgent", "dragDropEnabled", "x", "y", "preventOverflow", "maximizable", "minimizable",
                        "closable", "focus", "focusable", "maximized", "alwaysOnBottom",
                        "visibleOnAllWorkspaces", "contentProtected", "skipTaskbar", "windowClassname", "theme",
                        "titleBarStyle", "trafficLightPosition", "hiddenTitle", "acceptFirstMouse",
                        "tabbingIdentifier", "additionalBrowserArgs", "shadow", "windowEffects", "incognito",
                        "parent", "proxyUrl", "zoomHotkeysEnabled", "browserExtensionsEnabled", "useHttpsScheme",
                        "devtools", "backgroundColor", "backgroundThrottling", "javascriptDisabled",
                        "allowLinkPreview", "disableInputAccessoryView", "dataDirectory", "dataStoreIdentifier",
                        "scrollBarStyle", "noRedirectionBitmap"),
                Set.of()),
        SECURITY(Set.of("csp", "devCsp", "freezePrototype", "capabilities", "dangerousDisableAssetCspModification",
                "assetProtocol"),
                Set.of("pattern", "headers"),
                Set.of()),
        TRAY_ICON(Set.of("id", "iconPath", "iconAsTemplate", "menuOnLeftClick", "showMenuOnLeftClick", "title", "tooltip"),
                Set.of(), Set.of()),
        ASSET_PROTOCOL(Set.of("enable", "scope"), Set.of(), Set.of()),
        FS_SCOPE(Set.of("allow", "deny", "requireLiteralLeadingDot"), Set.of(), Set.of());

        final Set<String> honoured;
        final Set<String> unsupported;
        final Set<String> silent;

        Section(Set<String> honoured, Set<String> unsupported, Set<String> silent) {
            this.honoured = honoured;
            this.unsupported = unsupported;
            this.silent = silent;
        }

        boolean knows(String key) {
            return honoured.contains(key) || unsupported.contains(key) || silent.contains(key);
        }
    }

    private final String source;
    private final List<String> unsupported = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();

    SchemaKeys(String source) {
        this.source = source;
    }

    /** Notes the keys of {@code object} (at {@code path}) that are ignored, for {@link #warnings()}. */
    void check(JsonNode object, String path, Section section) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            if (section.honoured.contains(key) || section.silent.contains(key)) continue;
            String keyPath = JsonFields.path(path, key);
            if (section.unsupported.contains(key)) {
                // An explicit null means "Tauri's default", which is what ignoring the key gives anyway.
                if (!field.getValue().isNull()) unsupported.add(keyPath);
            } else {
                String guess = suggest(key, section);
                unknown.add(guess == null ? keyPath : keyPath + " (did you mean " + guess + "?)");
            }
        }
    }

    /** At most two lines: one naming every ignored Tauri key, one naming every key Tauri does not know either. */
    List<String> warnings() {
        List<String> out = new ArrayList<>(2);
        if (!unsupported.isEmpty()) {
            out.add(source + ": these keys are not supported by tauri4j yet and are ignored: "
                    + String.join(", ", unsupported));
        }
        if (!unknown.isEmpty()) {
            out.add(source + ": these keys are not in Tauri's config schema and are ignored: "
                    + String.join(", ", unknown));
        }
        return out;
    }

    /** The known key closest to {@code key} within edit distance 2, or null; typos are the usual cause. */
    static String suggest(String key, Section section) {
        Set<String> candidates = new LinkedHashSet<>(section.honoured);
        candidates.addAll(section.unsupported);
        candidates.addAll(section.silent);
        return DidYouMean.closest(key, candidates, 2);
    }
}
