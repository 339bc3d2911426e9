package dev.tauri4j.config.capability;

import dev.tauri4j.config.scope.ScopeEntries;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An active capability with its permissions resolved to commands and scopes.
 *
 * @param capability    the capability as written
 * @param allow         the commands it allows
 * @param deny          the commands it denies, each with the permission identifier that denies it
 * @param remote        its {@code remote.urls}, parsed
 * @param commandScopes per allowed command, the scope entries of the permissions that grant it (Tauri's command scope)
 * @param globalScopes  per plugin name, the entries of its scope-only permissions (Tauri's global scope)
 */
public record ResolvedCapability(Capability capability, Set<String> allow, Map<String, String> deny,
        List<RemoteUrlPattern> remote, Map<String, ScopeEntries> commandScopes, Map<String, ScopeEntries> globalScopes) {

    public ResolvedCapability {
        allow = Set.copyOf(allow);
        deny = Map.copyOf(deny);
        remote = List.copyOf(remote);
        commandScopes = Map.copyOf(commandScopes);
        globalScopes = Map.copyOf(globalScopes);
    }

    /** Without scopes. */
    public ResolvedCapability(Capability capability, Set<String> allow, Map<String, String> deny, List<RemoteUrlPattern> remote) {
        this(capability, allow, deny, remote, Map.of(), Map.of());
    }

    /**
     * Whether it applies to a call from window {@code label} whose page is {@code url}: an app page when
     * {@code local} (and the capability is local), a remote page when one of its URL patterns matches.
     */
    public boolean appliesTo(String label, String url, boolean appPage) {
        if (!capability.appliesToWindow(label)) return false;
        if (appPage) return capability.local();
        return matchesRemote(url);
    }

    /** Whether one of its {@code remote.urls} matches {@code url}. */
    public boolean matchesRemote(String url) {
        for (RemoteUrlPattern p : remote) if (p.matches(url)) return true;
        return false;
    }

    /** This capability's command-scope entries for {@code command}. */
    public ScopeEntries commandScope(String command) {
        return commandScopes.getOrDefault(command, ScopeEntries.EMPTY);
    }

    /** This capability's global-scope entries for {@code plugin}. */
    public ScopeEntries globalScope(String plugin) {
        return globalScopes.getOrDefault(plugin, ScopeEntries.EMPTY);
    }
}
