package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.DidYouMean;
import dev.tauri4j.config.JsonFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one capability object of Tauri v2's format, failing with the file, the key path and the fix. */
final class CapabilityReader {

    private static final Set<String> KEYS = Set.of("$schema", "identifier", "description", "windows", "webviews",
            "permissions", "remote", "platforms", "local");
    private static final Set<String> PERMISSION_KEYS = Set.of("identifier", "allow", "deny");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:-]{1,116}");
    private static final String EXAMPLE = "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\"]}";

    private final JsonFields f;
    private final List<String> warnings;

    CapabilityReader(String source, List<String> warnings) {
        this.f = new JsonFields(source);
        this.warnings = warnings;
    }

    /** Reads the capability at {@code path} ("" for a whole file). */
    Capability read(JsonNode node, String path) {
        String at = path.isEmpty() ? "the capability" : path;
        if (!node.isObject()) {
            throw f.fail(path, at + " must be an object, found " + JsonFields.describe(node) + ". Fix: write it as " + EXAMPLE);
        }
        checkKeys(node, path, KEYS, "capability");
        String identifier = f.text(node, path, "identifier", false, "name it, e.g. \"identifier\": \"default\"");
        if (identifier == null) {
            throw f.fail(key(path, "identifier"), key(path, "identifier") + " is missing. Fix: name the capability, e.g. \"identifier\": \"default\"");
        }
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw f.fail(key(path, "identifier"), key(path, "identifier") + " must be 1 to 116 letters, digits, '-', '_', '.' or ':', found "
                    + JsonFields.quote(identifier) + ". Fix: e.g. \"identifier\": \"main-window\"");
        }
        String description = f.text(node, path, "description", true, "describe what it grants, e.g. \"description\": \"the main window\"");
        List<String> windows = strings(node, path, "windows", "name window labels or globs, e.g. \"windows\": [\"main\", \"settings-*\"]");
        List<String> webviews = strings(node, path, "webviews", "name webview labels or globs, e.g. \"webviews\": [\"main\"]");
        if (windows.isEmpty() && webviews.isEmpty()) {
            warnings.add(f.source() + ": " + key(path, "windows") + " is empty, so capability \"" + identifier
                    + "\" applies to no window. Fix: add the labels it is for, e.g. \"windows\": [\"main\"]");
        }
        List<PermissionRef> permissions = permissions(node, path);
        List<String> remote = remote(node, path);
        List<String> platforms = platforms(node, path);
        boolean local = f.bool(node, path, "local", true);
        return new Capability(identifier, description, windows, webviews, permissions, remote, platforms, local, f.source(), path);
    }

    private List<PermissionRef> permissions(JsonNode node, String path) {
        String fix = "list permission identifiers, e.g. \"permissions\": [\"core:default\", \"allow-greet\"]";
        JsonNode array = f.array(node, path, "permissions", fix);
        if (array == null) {
            throw f.fail(key(path, "permissions"), key(path, "permissions") + " is missing. Fix: " + fix);
        }
        List<PermissionRef> out = new ArrayList<>();
        String arrayPath = key(path, "permissions");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPath = JsonFields.index(arrayPath, i);
            if (item.isTextual()) {
                out.add(new PermissionRef(item.textValue(), itemPath));
            } else if (item.isObject()) {
                checkKeys(item, itemPath, PERMISSION_KEYS, "permission entry");
                String id = f.text(item, itemPath, "identifier", false, "name the permission, e.g. \"identifier\": \"allow-greet\"");
                if (id == null) {
                    throw f.fail(itemPath + ".identifier", itemPath + ".identifier is missing. Fix: name the permission, e.g. {\"identifier\": \"allow-greet\"}");
                }
                out.add(new PermissionRef(id, itemPath, ScopeJson.entries(f, item, itemPath)));
            } else {
                throw f.wrongType(itemPath, "a permission identifier (string) or {\"identifier\": ..., \"allow\": [...]}", item, fix);
            }
        }
        return out;
    }

    private List<String> remote(JsonNode node, String path) {
        String fix = "give URL patterns, e.g. \"remote\": {\"urls\": [\"https://*.example.com\"]}";
        JsonNode remote = f.object(node, path, "remote", fix);
        if (remote == null) return List.of();
        String remotePath = key(path, "remote");
        checkKeys(remote, remotePath, Set.of("urls"), "remote");
        List<String> urls = strings(remote, remotePath, "urls", fix);
        for (int i = 0; i < urls.size(); i++) {
            try {
                RemoteUrlPattern.parse(urls.get(i));
            } catch (IllegalArgumentException e) {
                String at = JsonFields.index(remotePath + ".urls", i);
                throw f.fail(at, at + " " + JsonFields.quote(urls.get(i)) + " is not a URL pattern: " + e.getMessage());
            }
        }
        return urls;
    }

    private List<String> platforms(JsonNode node, String path) {
        JsonNode v = node.get("platforms");
        if (v == null || v.isNull()) return null;
        String fix = "use any of " + String.join(", ", Platforms.ALL) + ", e.g. \"platforms\": [\"linux\", \"macOS\", \"windows\"]";
        List<String> names = strings(node, path, "platforms", fix);
        for (int i = 0; i < names.size(); i++) {
            if (!Platforms.ALL.contains(names.get(i))) {
                String at = JsonFields.index(key(path, "platforms"), i);
                String close = DidYouMean.closest(names.get(i), Platforms.ALL, 3);
                throw f.fail(at, at + " " + JsonFields.quote(names.get(i)) + " is not a platform"
                        + (close == null ? "" : " (did you mean \"" + close + "\"?)") + ". Fix: " + fix);
            }
        }
        return names;
    }

    private List<String> strings(JsonNode node, String path, String name, String fix) {
        JsonNode array = f.array(node, path, name, fix);
        if (array == null) return List.of();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.textValue().isEmpty()) {
                throw f.wrongType(JsonFields.index(key(path, name), i), "a non-empty string", item, fix);
            }
            out.add(item.textValue());
        }
        return out;
    }

    // Tauri rejects unknown keys in a capability; a misspelt "permission" would otherwise grant nothing silently.
    private void checkKeys(JsonNode node, String path, Set<String> known, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (known.contains(name)) continue;
            String close = DidYouMean.closest(name, known, 3);
            String at = key(path, name);
            throw f.fail(at, at + " is not a key of a " + what + (close == null ? "" : " (did you mean \"" + close + "\"?)")
                    + ". Fix: " + (close == null ? "remove it; the keys are " + String.join(", ", known.stream().sorted().toList())
                    : "rename it to \"" + close + "\""));
        }
    }

    private static String key(String path, String name) {
        return JsonFields.path(path, name);
    }
}
