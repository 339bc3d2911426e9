package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.DidYouMean;
import dev.tauri4j.config.JsonFields;
import dev.tauri4j.config.scope.CallScope;
import dev.tauri4j.config.scope.ScopeEntries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capabilities an app runs with: selected as Tauri selects them (every file when
 * {@code app.security.capabilities} is empty, otherwise only those it lists, by identifier or inline), limited to
 * this platform, and with every permission checked and resolved.
 *
 * @param active   the active capabilities, in selection order
 * @param warnings lines for the user (scope entries that nothing reads, capabilities inactive on this platform, ...)
 */
public record CapabilitySet(List<ResolvedCapability> active, List<String> warnings) {

    public CapabilitySet {
        active = List.copyOf(active);
        warnings = List.copyOf(warnings);
    }

    /**
     * Selects, checks and resolves.
     *
     * @param configured   {@code app.security.capabilities} as parsed (identifiers and inline objects)
     * @param configSource the config's name for messages, e.g. {@code tauri.conf.json}
     * @param files        the capabilities read from files ({@link CapabilityFiles})
     * @param catalog      the permissions that exist
     * @param platform     this platform's name ({@link Platforms#current()})
     * @param warnings     warnings collected while reading the files; more are added
     * @throws ConfigException naming the file, the key and the fix, for any capability that cannot be used
     */
    public static CapabilitySet resolve(List<JsonNode> configured, String configSource, List<Capability> files,
            PermissionCatalog catalog, String platform, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        List<ResolvedCapability> active = new ArrayList<>();
        for (Capability c : select(configured, configSource, files, notes)) {
            ResolvedCapability r = resolve(c, catalog, notes);
            if (c.activeOn(platform)) {
                active.add(r);
            } else {
                notes.add(c.where() + ": capability \"" + c.identifier() + "\" is for " + c.platforms()
                        + " and inactive on " + platform);
            }
        }
        return new CapabilitySet(active, notes);
    }

    private static List<Capability> select(List<JsonNode> configured, String configSource, List<Capability> files, List<String> warnings) {
        Map<String, Capability> byId = new LinkedHashMap<>();
        for (Capability c : files) {
            Capability before = byId.putIfAbsent(c.identifier(), c);
            if (before != null) {
                throw new ConfigException(c.source(), c.keyPath("identifier"), c.keyPath("identifier") + " \"" + c.identifier()
                        + "\" is also the identifier of the capability in " + before.where()
                        + ". Fix: give each capability its own identifier");
            }
        }
        if (configured.isEmpty()) return List.copyOf(byId.values());
        List<Capability> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        CapabilityReader inline = new CapabilityReader(configSource, warnings);
        for (int i = 0; i < configured.size(); i++) {
            JsonNode item = configured.get(i);
            String path = JsonFields.index("app.security.capabilities", i);
            Capability c;
            if (item.isTextual()) {
                c = byId.get(item.textValue());
                if (c == null) {
                    String close = DidYouMean.closest(item.textValue(), byId.keySet(), 3);
                    throw new ConfigException(configSource, path, path + " names capability " + JsonFields.quote(item.textValue())
                            + ", but no file in capabilities/ has that identifier (found: " + (byId.isEmpty() ? "no capability files" : String.join(", ", byId.keySet()))
                            + "). Fix: " + (close != null ? "did you mean \"" + close + "\"? " : "")
                            + "create capabilities/" + item.textValue() + ".json with \"identifier\": " + JsonFields.quote(item.textValue())
                            + ", or list an inline capability object instead");
                }
            } else {
                c = inline.read(item, path);
                Capability file = byId.get(c.identifier());
                if (file != null) {
                    throw new ConfigException(configSource, path + ".identifier", path + ".identifier \"" + c.identifier()
                            + "\" is also the identifier of " + file.where() + ". Fix: rename one of them, or list \""
                            + c.identifier() + "\" by name to use the file");
                }
            }
            if (!taken.add(c.identifier())) {
                throw new ConfigException(configSource, path, path + " selects capability \"" + c.identifier()
                        + "\" a second time. Fix: list it once");
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The scope {@code command} runs with when called from window {@code label} showing {@code pageUrl}: the command
     * scope of every applying capability that allows it, and the global scope of its plugin from every applying
     * capability. Unlike Tauri, which applies a global scope to every window, tauri4j takes it only from
     * capabilities that apply to the calling window and page, so one window's scope never widens another's.
     *
     * @param appPage whether the page is one of the app's own (as for {@code CommandGuard})
     */
    public CallScope scopeFor(String command, String label, String pageUrl, boolean appPage) {
        String plugin = pluginOf(command);
        ScopeEntries commandScope = ScopeEntries.EMPTY;
        ScopeEntries global = ScopeEntries.EMPTY;
        for (ResolvedCapability c : active) {
            if (!c.appliesTo(label, pageUrl, appPage)) continue;
            if (c.allow().contains(command)) commandScope = commandScope.plus(c.commandScope(command));
            if (plugin != null) global = global.plus(c.globalScope(plugin));
        }
        return new CallScope(commandScope, global);
    }

    /** {@code fs} for {@code plugin:fs|read_file}; null for an app command. */
    public static String pluginOf(String command) {
        if (!command.startsWith("plugin:")) return null;
        int bar = command.indexOf('|');
        return bar < 0 ? null : command.substring("plugin:".length(), bar);
    }

    private static ResolvedCapability resolve(Capability c, PermissionCatalog catalog, List<String> notes) {
        Set<String> allow = new HashSet<>();
        Map<String, String> deny = new HashMap<>();
        Map<String, ScopeEntries> commandScopes = new HashMap<>();
        Map<String, ScopeEntries> globalScopes = new HashMap<>();
        for (PermissionRef p : c.permissions()) {
            Optional<Grants> found = catalog.resolve(p.identifier());
            if (found.isEmpty()) throw unknown(c, p, catalog);
            Grants g = found.get();
            allow.addAll(g.allow());
            for (String d : g.deny()) deny.putIfAbsent(d, p.identifier());
            // As in Tauri: entries written with a permission go to each command it allows (command scope) and to
            // each scope-only member it has (global scope of that plugin), after the permission file's own entries.
            for (String command : g.allow()) {
                ScopeEntries own = g.commandScopes().getOrDefault(command, ScopeEntries.EMPTY).plus(p.scope());
                if (!own.isEmpty()) commandScopes.merge(command, own, ScopeEntries::plus);
            }
            g.globalScopes().forEach((plugin, own) -> {
                ScopeEntries all = own.plus(p.scope());
                if (!all.isEmpty()) globalScopes.merge(plugin, all, ScopeEntries::plus);
            });
            if (p.scoped()) noteIgnoredScope(c, p, g, notes);
        }
        List<RemoteUrlPattern> remote = c.remoteUrls().stream().map(RemoteUrlPattern::parse).toList();
        return new ResolvedCapability(c, allow, deny, remote, commandScopes, globalScopes);
    }

    private static void noteIgnoredScope(Capability c, PermissionRef p, Grants g, List<String> notes) {
        String head = c.source() + ": " + p.path() + " has allow/deny entries, but ";
        if (p.identifier().startsWith("core:")) {
            notes.add(head + "core commands read no scope, so they are ignored. Fix: remove \"allow\" and \"deny\" from it");
        } else if (g.allow().isEmpty() && g.globalScopes().isEmpty()) {
            notes.add(head + JsonFields.quote(p.identifier()) + " allows no command and is no scope permission, so they are ignored. "
                    + "Fix: write them on the permission that allows the command, e.g. {\"identifier\": \"allow-<command>\", \"allow\": [...]}");
        }
    }

    private static ConfigException unknown(Capability c, PermissionRef p, PermissionCatalog catalog) {
        String id = p.identifier();
        String at = p.path();
        String head = at + " " + JsonFields.quote(id) + " is not a permission tauri4j knows";
        String fix;
        int colon = id.indexOf(':');
        String plugin = colon < 0 ? null : id.substring(0, colon);
        if (plugin != null && !plugin.equals("core") && catalog.plugin(plugin).isEmpty()) {
            fix = "The app has no plugin \"" + plugin + "\" (tauri4j's core permissions cover "
                    + String.join(", ", PermissionCatalog.corePlugins()) + "). " + catalog.absentPluginFix(plugin);
            return new ConfigException(c.source(), at, head + ". " + fix);
        } else if (plugin != null && !plugin.equals("core")) {
            java.util.Set<String> own = catalog.plugin(plugin).orElseThrow().identifiers();
            String close = DidYouMean.closest(id, own, Math.max(2, Math.min(4, id.length() / 4)));
            fix = (close != null ? "did you mean \"" + close + "\"? " : "") + "plugin \"" + plugin + "\" has "
                    + String.join(", ", own);
        } else {
            String close = DidYouMean.closest(id, catalog.identifiers(), Math.max(2, Math.min(4, id.length() / 4)));
            if (close != null) {
                fix = "did you mean \"" + close + "\"?";
            } else if (PermissionCatalog.isAppPermission(id)) {
                fix = "no app command is called \"" + id.substring(id.indexOf('-') + 1) + "\"; register it with Tauri.builder().command(...) "
                        + "or remove the permission";
            } else {
                fix = "use \"allow-<command>\" / \"deny-<command>\" for app commands, or core permissions such as \"core:default\", "
                        + "\"core:window:default\", \"core:window:allow-set-title\"";
            }
        }
        return new ConfigException(c.source(), at, head + ". Fix: " + fix);
    }
}
