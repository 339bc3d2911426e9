package dev.tauri4j.config.capability;

import dev.tauri4j.config.scope.ScopeEntries;
import java.util.Map;
import java.util.Set;

/**
 * What one permission identifier stands for: the commands it allows and the ones it denies, and the scope entries
 * its permission file gives (a set is the union of its members).
 *
 * @param allow         command names as the runtime registers them ({@code greet}, {@code plugin:window|title})
 * @param deny          command names it denies
 * @param commandScopes the permission file's own entries for some of {@code allow} (Tauri's command scope)
 * @param globalScopes  per plugin name, the entries of scope-only members (permissions without commands, such as
 *                      {@code fs:scope-appdata-recursive}: Tauri's global scope). A key without entries still means
 *                      "a scope-only permission of this plugin", so entries written in a capability go there
 */
public record Grants(Set<String> allow, Set<String> deny, Map<String, ScopeEntries> commandScopes,
        Map<String, ScopeEntries> globalScopes) {

    public Grants {
        allow = Set.copyOf(allow);
        deny = Set.copyOf(deny);
        commandScopes = Map.copyOf(commandScopes);
        globalScopes = Map.copyOf(globalScopes);
    }

    /** Commands only, no scope. */
    public Grants(Set<String> allow, Set<String> deny) {
        this(allow, deny, Map.of(), Map.of());
    }

    /** A scope-only permission of {@code plugin} (no command), with its file's own entries. */
    public static Grants scopeOnly(String plugin, ScopeEntries own) {
        return new Grants(Set.of(), Set.of(), Map.of(), Map.of(plugin, own));
    }
}
