package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code app.windows} into {@link WindowConfig}s, with unique, well-formed labels. */
final class WindowsReader {

    // Tauri's own rule: labels end up in IPC messages and event targets, so they stay plain.
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9\\-/:_]+");

    private final JsonFields f;
    private final SchemaKeys keys;

    WindowsReader(JsonFields f, SchemaKeys keys) {
        this.f = f;
        this.keys = keys;
    }

    /** The windows, or null when {@code app.windows} is absent (so the model's default main window applies). */
    List<WindowConfig> read(JsonNode app, String appPath) {
        JsonNode array = f.array(app, appPath, "windows",
                "list the windows, e.g. \"windows\": [{\"title\": \"My App\", \"width\": 800, \"height\": 600}]");
        if (array == null) return null;
        String arrayPath = JsonFields.path(appPath, "windows");
        List<WindowConfig> windows = new ArrayList<>();
        Map<String, String> pathByLabel = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String path = JsonFields.index(arrayPath, i);
            JsonNode w = array.get(i);
            if (!w.isObject()) {
                throw f.wrongType(path, "an object", w,
                        "describe each window as an object, e.g. {\"label\": \"main\", \"title\": \"My App\"}");
            }
            keys.check(w, path, SchemaKeys.Section.WINDOW);
            WindowConfig window = window(w, path);
            String labelPath = JsonFields.path(path, "label");
            String earlier = pathByLabel.putIfAbsent(window.label(), labelPath);
            if (earlier != null) {
                String shown = JsonFields.quote(window.label()) + (w.has("label") ? "" : " (the default label)");
                throw f.fail(labelPath, labelPath + " must be unique, found " + shown + ", already used by "
                        + earlier + ". Fix: give every window its own label, e.g. \"label\": \"settings\"");
            }
            windows.add(window);
        }
        return windows;
    }

    private WindowConfig window(JsonNode w, String path) {
        String label = f.text(w, path, "label", false,
                "use letters, digits, '-', '/', ':' and '_', e.g. \"label\": \"main\"");
        if (label != null && !LABEL.matcher(label).matches()) {
            String labelPath = JsonFields.path(path, "label");
            throw f.fail(labelPath, labelPath + " may only contain letters, digits, '-', '/', ':' and '_', found "
                    + JsonFields.describe(w.get("label")) + ". Fix: e.g. \"label\": \"settings\"");
        }
        WindowConfig d = WindowConfig.of(label == null ? "main" : label);
        return new WindowConfig(
                d.label(),
                or(f.text(w, path, "title", false, "use the window title, e.g. \"title\": \"My App\""), d.title()),
                or(f.text(w, path, "url", false,
                        "use a page of the app or an http(s) URL, e.g. \"url\": \"index.html\""), d.url()),
                or(size(w, path, "width", false), d.width()),
                or(size(w, path, "height", false), d.height()),
                or(size(w, path, "minWidth", true), d.minWidth()),
                or(size(w, path, "minHeight", true), d.minHeight()),
                or(size(w, path, "maxWidth", true), d.maxWidth()),
                or(size(w, path, "maxHeight", true), d.maxHeight()),
                f.bool(w, path, "resizable", d.resizable()),
                f.bool(w, path, "fullscreen", d.fullscreen()),
                f.bool(w, path, "decorations", d.decorations()),
                f.bool(w, path, "alwaysOnTop", d.alwaysOnTop()),
                f.bool(w, path, "center", d.center()),
                f.bool(w, path, "visible", d.visible()),
                f.bool(w, path, "create", d.create()),
                f.bool(w, path, "transparent", d.transparent()));
    }

    private Double size(JsonNode w, String path, String key, boolean nullable) {
        String what = key.replaceFirst("^(min|max)", "$1imum ").replace("Width", "width").replace("Height", "height");
        int example = key.toLowerCase().endsWith("height") ? 600 : 800;
        return f.number(w, path, key, nullable,
                "give the " + what + " in logical pixels, e.g. \"" + key + "\": " + example);
    }

    private static <T> T or(T value, T dflt) {
        return value != null ? value : dflt;
    }
}
