package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.JsonFields;
import dev.tauri4j.config.scope.ScopeEntries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Tauri's plugin permission files ({@code permissions/*.toml} as Tauri's plugins write them, or JSON of the same shape):
 * {@code {"default": {"permissions": [...]}, "permission": [{"identifier", "commands": {"allow", "deny"},
 * "scope": {"allow": [...], "deny": [...]}}], "set": [...]}},
 * and resolves sets and the default into grants, scope entries included.
 */
final class PermissionFileReader {

    private static final Set<String> FILE_KEYS = Set.of("$schema", "default", "permission", "set");
    private static final Set<String> PERMISSION_KEYS = Set.of("version", "identifier", "description", "commands", "scope", "platforms");
    private static final Set<String> SET_KEYS = Set.of("identifier", "description", "permissions");
    private static final Set<String> SCOPE_KEYS = Set.of("allow", "deny");
    private static final Set<String> DEFAULT_KEYS = Set.of("version", "description", "permissions");

    private final String plugin;
    private final Set<String> commands;
    private final Map<String, Grants> permissions = new LinkedHashMap<>();
    private final Map<String, String> origin = new HashMap<>();
    private final Map<String, List<String>> sets = new LinkedHashMap<>();

    PermissionFileReader(String plugin, Collection<String> commands) {
        this.plugin = plugin;
        this.commands = new LinkedHashSet<>(commands);
        for (String c : this.commands) {
            String dashed = c.replace('_', '-');
            String name = PluginPermissions.commandName(plugin, c);
            define("allow-" + dashed, new Grants(Set.of(name), Set.of()), "the generated command permissions");
            define("deny-" + dashed, new Grants(Set.of(), Set.of(name)), "the generated command permissions");
        }
    }

    PluginPermissions read(Map<String, String> files) {
        String defaultFile = null;
        for (var file : files.entrySet()) {
            String source = file.getKey();
            boolean toml = source.endsWith(".toml");
            JsonNode root = toml ? ConfigLoader.parseToml(file.getValue(), source) : ConfigLoader.parseJson(file.getValue(), source);
            if (!root.isObject()) throw new ConfigException(source, "", source + " must hold one JSON object. Fix: "
                    + "{\"default\": {\"permissions\": [\"allow-<command>\"]}}");
            checkKeys(root, FILE_KEYS, source, "");
            for (JsonNode p : array(root, "permission", source, "")) permission(p, source);
            for (JsonNode s : array(root, "set", source, "")) set(s, source);
            JsonNode d = root.get("default");
            if (d != null) {
                if (defaultFile != null) {
                    throw new ConfigException(source, "default", "plugin \"" + plugin + "\" has a default set in both " + defaultFile
                            + " and " + source + ". Fix: keep one");
                }
                defaultFile = source;
                checkKeys(d, DEFAULT_KEYS, source, "default");
                sets.put("default", strings(d, "permissions", source, "default"));
                origin.put("default", source);
            }
        }
        Map<String, Grants> table = new LinkedHashMap<>();
        permissions.forEach((id, g) -> table.put(plugin + ":" + id, g));
        for (String set : sets.keySet()) table.put(plugin + ":" + set, expand(set, new ArrayDeque<>()));
        return new PluginPermissions(plugin, commands, table);
    }

    private void permission(JsonNode p, String source) {
        String id = identifier(p, source, "permission");
        String at = "permission[" + id + "]";
        checkKeys(p, PERMISSION_KEYS, source, at);
        JsonNode cmds = p.path("commands");
        Set<String> allow = new HashSet<>();
        Set<String> deny = new HashSet<>();
        if (!cmds.isMissingNode()) {
            for (String c : strings(cmds, "allow", source, at + ".commands")) allow.add(PluginPermissions.commandName(plugin, c));
            for (String c : strings(cmds, "deny", source, at + ".commands")) deny.add(PluginPermissions.commandName(plugin, c));
        }
        define(id, grants(p, allow, deny, source, at), source);
    }

    /**
     * As in Tauri: the {@code scope} entries of a permission that names commands are their command scope; those of a
     * permission without commands (a scope-only one such as {@code fs:scope}) are the plugin's global scope.
     */
    private Grants grants(JsonNode p, Set<String> allow, Set<String> deny, String source, String at) {
        JsonNode scope = p.get("scope");
        if (scope == null) {
            // an empty permission (Tauri's fs:scope, "an empty permission you can use to modify the global scope")
            // is scope-only too: the entries a capability writes next to it are the plugin's global scope
            return allow.isEmpty() && deny.isEmpty() ? Grants.scopeOnly(plugin, ScopeEntries.EMPTY) : new Grants(allow, deny);
        }
        JsonFields f = new JsonFields(source);
        String scopeAt = JsonFields.path(at, "scope");
        if (!scope.isObject()) throw f.wrongType(scopeAt, "an object", scope, "\"scope\": {\"allow\": [...], \"deny\": [...]}");
        checkKeys(scope, SCOPE_KEYS, source, scopeAt);
        ScopeEntries entries = ScopeJson.entries(f, scope, scopeAt);
        if (allow.isEmpty() && deny.isEmpty()) return Grants.scopeOnly(plugin, entries);
        if (allow.isEmpty()) {
            throw new ConfigException(source, scopeAt, scopeAt + " gives scope entries to a permission that allows no command, "
                    + "so nothing would read them. Fix: list the commands in commands.allow, or drop \"commands\" to make it a "
                    + "scope-only permission (the plugin's global scope)");
        }
        Map<String, ScopeEntries> perCommand = new HashMap<>();
        for (String c : allow) perCommand.put(c, entries);
        return new Grants(allow, deny, perCommand, Map.of());
    }

    private void set(JsonNode s, String source) {
        String id = identifier(s, source, "set");
        checkKeys(s, SET_KEYS, source, "set[" + id + "]");
        if (permissions.containsKey(id) || sets.containsKey(id)) throw duplicate(id, source);
        sets.put(id, strings(s, "permissions", source, "set[" + id + "]"));
        origin.put(id, source);
    }

    private void define(String id, Grants g, String source) {
        if (permissions.containsKey(id) || sets.containsKey(id)) throw duplicate(id, source);
        permissions.put(id, g);
        origin.put(id, source);
    }

    private Grants expand(String set, Deque<String> path) {
        if (path.contains(set)) {
            throw new ConfigException(origin.get(set), set, "plugin \"" + plugin + "\": permission set \"" + set
                    + "\" includes itself through " + String.join(" -> ", path) + ". Fix: break the cycle");
        }
        path.push(set);
        Grants all = new Grants(Set.of(), Set.of());
        for (String ref : sets.get(set)) {
            String local = ref.startsWith(plugin + ":") ? ref.substring(plugin.length() + 1) : ref;
            Grants g = permissions.get(local);
            if (g == null && sets.containsKey(local)) g = expand(local, path);
            if (g == null) {
                throw new ConfigException(origin.get(set), set, "plugin \"" + plugin + "\": \"" + set + "\" names \"" + ref
                        + "\", which is no permission of this plugin (it has " + String.join(", ", permissions.keySet())
                        + "). Fix: define it with a [[permission]] entry or correct the name");
            }
            all = PermissionCatalog.union(all, g);
        }
        path.pop();
        return all;
    }

    private ConfigException duplicate(String id, String source) {
        return new ConfigException(source, id, "plugin \"" + plugin + "\" defines permission \"" + id + "\" twice (also in "
                + origin.get(id) + "). Fix: rename one; allow-<command>/deny-<command> are generated for every command");
    }

    private String identifier(JsonNode node, String source, String kind) {
        JsonNode id = node.get("identifier");
        if (id == null || !id.isTextual() || id.textValue().isBlank() || id.textValue().contains(":")) {
            throw new ConfigException(source, kind, "each " + kind + " entry needs an \"identifier\" without the plugin prefix, found "
                    + JsonFields.describe(id == null ? node : id) + ". Fix: e.g. \"identifier\": \"allow-ping\"");
        }
        return id.textValue();
    }

    private static List<JsonNode> array(JsonNode node, String key, String source, String at) {
        JsonNode v = node.get(key);
        if (v == null) return List.of();
        if (!v.isArray()) throw new ConfigException(source, JsonFields.path(at, key), JsonFields.path(at, key)
                + " must be an array, found " + JsonFields.describe(v));
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode node, String key, String source, String at) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(node, key, source, at)) {
            if (!s.isTextual()) throw new ConfigException(source, JsonFields.path(at, key), JsonFields.path(at, key)
                    + " must hold strings, found " + JsonFields.describe(s));
            out.add(s.textValue());
        }
        return out;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String at) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new ConfigException(source, JsonFields.path(at, k), JsonFields.path(at, k) + " is not a key of Tauri's permission "
                        + "format. Fix: use " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }
}
