package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tauri v2's core permissions ({@code core:window:allow-title}, {@code core:window:default}, {@code core:default},
 * ...) from the data file {@code core-permissions.json}: for each core plugin, the commands {@code @tauri-apps/api}
 * sends and the ones its {@code default} set allows, as in Tauri.
 */
final class CorePermissions {

    private static final Map<String, Grants> TABLE = load();

    private CorePermissions() {}

    static Map<String, Grants> table() {
        return TABLE;
    }

    /** {@code plugin:window|set_title} for plugin {@code window}, command {@code set_title}. */
    static String commandName(String plugin, String command) {
        return "plugin:" + plugin + "|" + command;
    }

    private static Map<String, Grants> load() {
        JsonNode root;
        try (InputStream in = CorePermissions.class.getResourceAsStream("core-permissions.json")) {
            if (in == null) throw new IllegalStateException("core-permissions.json missing from the tauri-config jar");
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Grants> table = new LinkedHashMap<>();
        Set<String> coreDefault = new HashSet<>();
        root.get("plugins").properties().forEach(entry -> {
            String plugin = entry.getKey();
            String prefix = "core:" + plugin + ":";
            Set<String> defaults = new HashSet<>();
            for (JsonNode c : entry.getValue().get("commands")) {
                String command = commandName(plugin, c.textValue());
                String dashed = c.textValue().replace('_', '-');
                table.put(prefix + "allow-" + dashed, new Grants(Set.of(command), Set.of()));
                table.put(prefix + "deny-" + dashed, new Grants(Set.of(), Set.of(command)));
            }
            for (JsonNode d : entry.getValue().get("default")) {
                Grants g = table.get(prefix + d.textValue());
                if (g == null) throw new IllegalStateException("core-permissions.json: " + prefix + "default names unknown " + d);
                defaults.addAll(g.allow());
            }
            table.put(prefix + "default", new Grants(defaults, Set.of()));
        });
        for (JsonNode set : root.get("default")) {
            Grants g = table.get(set.textValue());
            if (g == null) throw new IllegalStateException("core-permissions.json: core:default names unknown " + set);
            coreDefault.addAll(g.allow());
        }
        table.put("core:default", new Grants(coreDefault, Set.of()));
        return Map.copyOf(table);
    }

    /** The plugins the table covers. */
    static List<String> plugins() {
        return TABLE.keySet().stream().filter(k -> k.endsWith(":default") && !k.equals("core:default"))
                .map(k -> k.substring("core:".length(), k.length() - ":default".length())).sorted().toList();
    }
}
