package dev.tauri4j.config.capability;

import dev.tauri4j.config.scope.ScopeEntries;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every permission identifier a capability may name: Tauri's core ones, and {@code allow-x} / {@code deny-x} for
 * each app command {@code x}. As in Tauri, {@code _} in a command name becomes {@code -} in its permissions; the
 * command's own spelling is accepted too, and so is the kebab-case of a camelCase name ({@code allow-echo-bytes}
 * for {@code echoBytes}). A plugin's permissions ({@code echo:default}, {@code echo:allow-echo}) come from its
 * {@link PluginSource}, looked up the first time a capability names them.
 */
public final class PermissionCatalog {

    private final Map<String, Grants> permissions = new HashMap<>();
    private final Map<String, String> allowFor = new HashMap<>();
    private final boolean knowsAppCommands;
    private final PluginSource plugins;
    private final Map<String, Optional<PluginPermissions>> pluginCache = new java.util.concurrent.ConcurrentHashMap<>();

    private PermissionCatalog(Collection<String> commands, boolean knowsAppCommands, PluginSource plugins) {
        this.knowsAppCommands = knowsAppCommands;
        this.plugins = plugins;
        permissions.putAll(CorePermissions.table());
        CorePermissions.table().forEach((id, g) -> {
            if (id.contains(":allow-")) g.allow().forEach(c -> allowFor.put(c, id));
        });
        for (String command : commands) {
            if (command.startsWith("plugin:")) continue; // plugin commands are covered by their plugin's permissions
            String preferred = command.replace('_', '-');
            for (String name : spellings(command)) {
                permissions.merge("allow-" + name, new Grants(Set.of(command), Set.of()), PermissionCatalog::union);
                permissions.merge("deny-" + name, new Grants(Set.of(), Set.of(command)), PermissionCatalog::union);
            }
            allowFor.put(command, "allow-" + preferred);
        }
    }

    /** The catalog for an app whose registered commands are {@code commands} (plugin commands included or not). */
    public static PermissionCatalog of(Collection<String> commands) {
        return new PermissionCatalog(commands, true, PluginSource.NONE);
    }

    /** The catalog for an app with these commands and these plugins. */
    public static PermissionCatalog of(Collection<String> commands, PluginSource plugins) {
        return new PermissionCatalog(commands, true, plugins);
    }

    /** The catalog at build time when the app's commands are unknown: {@code allow-x} / {@code deny-x} are not checked. */
    public static PermissionCatalog withoutAppCommands() {
        return withoutAppCommands(PluginSource.NONE);
    }

    /** Like {@link #withoutAppCommands()}, with plugins from {@code plugins}. */
    public static PermissionCatalog withoutAppCommands(PluginSource plugins) {
        return new PermissionCatalog(List.of(), false, plugins);
    }

    /** The permissions of the (non-core) plugin {@code name}, or empty when the app has no such plugin. */
    public Optional<PluginPermissions> plugin(String name) {
        if (name == null || name.equals("core")) return Optional.empty();
        return pluginCache.computeIfAbsent(name, plugins::find);
    }

    /** The end of the error message for a capability naming a plugin the app does not have. */
    public String absentPluginFix(String name) {
        if (OfficialPlugins.isAvailable(name)) return OfficialPlugins.note(name) + ". Fix: " + plugins.absentFix(name);
        if (OfficialPlugins.isOfficial(name)) {
            return OfficialPlugins.note(name) + ". Fix: remove the permission for now, or write the feature as an app command "
                    + "and grant \"allow-<command>\"";
        }
        return "Fix: " + plugins.absentFix(name);
    }

    /**
     * This catalog with more permissions, e.g. a plugin's from its permission files ({@code fs:scope},
     * {@code fs:allow-read-file}); an identifier it already has is joined with the new grants.
     */
    public PermissionCatalog withPermissions(Map<String, Grants> more) {
        PermissionCatalog copy = new PermissionCatalog(List.of(), knowsAppCommands, plugins);
        copy.permissions.clear();
        copy.permissions.putAll(permissions);
        copy.allowFor.putAll(allowFor);
        more.forEach((id, g) -> {
            copy.permissions.merge(id, g, PermissionCatalog::union);
            for (String c : g.allow()) {
                if (!id.contains(":allow-")) continue;
                // name the command's own allow-<cmd> in denial messages, not a set that happens to include it
                if (id.equals(ownAllow(c))) copy.allowFor.put(c, id);
                else copy.allowFor.putIfAbsent(c, id);
            }
        });
        return copy;
    }

    /** Whether app-command permissions are checked against real commands. */
    public boolean knowsAppCommands() {
        return knowsAppCommands;
    }

    /** What {@code identifier} allows and denies, or empty when it is no known permission. */
    public Optional<Grants> resolve(String identifier) {
        Grants g = permissions.get(identifier);
        int colon = identifier.indexOf(':');
        if (g == null && colon > 0) {
            return plugin(identifier.substring(0, colon)).map(p -> p.table().get(identifier));
        }
        if (g == null && !knowsAppCommands && isAppPermission(identifier)) {
            String command = identifier.substring(identifier.indexOf('-') + 1);
            return Optional.of(identifier.startsWith("allow-") ? new Grants(Set.of(command), Set.of()) : new Grants(Set.of(), Set.of(command)));
        }
        return Optional.ofNullable(g);
    }

    /** The permission that allows {@code command}, or null when none exists. */
    public String allowPermissionFor(String command) {
        String known = allowFor.get(command);
        if (known != null || command == null || !command.startsWith("plugin:") || command.indexOf('|') < 0) return known;
        String name = command.substring("plugin:".length(), command.indexOf('|'));
        String local = command.substring(command.indexOf('|') + 1);
        return plugin(name).map(p -> p.allowPermissionFor(local)).orElse(null);
    }

    /** All known identifiers, sorted (for "did you mean"): core, app commands and the plugins looked up so far. */
    public Set<String> identifiers() {
        Set<String> all = new TreeSet<>(permissions.keySet());
        pluginCache.values().forEach(p -> p.ifPresent(x -> all.addAll(x.table().keySet())));
        return all;
    }

    /** The core plugins covered ({@code app}, {@code event}, {@code window}, ...). */
    public static List<String> corePlugins() {
        return CorePermissions.plugins();
    }

    /** {@code fs:allow-read-file} for {@code plugin:fs|read_file}; null for an app command. */
    private static String ownAllow(String command) {
        int bar = command.indexOf('|');
        if (!command.startsWith("plugin:") || bar < 0) return null;
        return command.substring("plugin:".length(), bar) + ":allow-" + command.substring(bar + 1).replace('_', '-');
    }

    static boolean isAppPermission(String identifier) {
        return !identifier.contains(":") && (identifier.startsWith("allow-") || identifier.startsWith("deny-"))
                && identifier.length() > "deny-".length() + 1;
    }

    private static Set<String> spellings(String command) {
        Set<String> names = new HashSet<>();
        names.add(command);
        names.add(command.replace('_', '-'));
        names.add(command.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replace('_', '-'));
        return names;
    }

    /** The union of two grants: their commands, and their scope entries joined per command and per plugin. */
    static Grants union(Grants a, Grants b) {
        Set<String> allow = new HashSet<>(a.allow());
        allow.addAll(b.allow());
        Set<String> deny = new HashSet<>(a.deny());
        deny.addAll(b.deny());
        Map<String, ScopeEntries> command = new HashMap<>(a.commandScopes());
        b.commandScopes().forEach((k, v) -> command.merge(k, v, ScopeEntries::plus));
        Map<String, ScopeEntries> global = new HashMap<>(a.globalScopes());
        b.globalScopes().forEach((k, v) -> global.merge(k, v, ScopeEntries::plus));
        return new Grants(allow, deny, command, global);
    }
}
