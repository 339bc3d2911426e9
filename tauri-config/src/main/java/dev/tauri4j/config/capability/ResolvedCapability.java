package dev.tauri4j.config.capability;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An active capability with its permissions resolved to commands.
 *
 * @param capability the capability as written
 * @param allow      the commands it allows
 * @param deny       the commands it denies, each with the permission identifier that denies it
 * @param remote     its {@code remote.urls}, parsed
 */
public record ResolvedCapability(Capability capability, Set<String> allow, Map<String, String> deny,
        List<RemoteUrlPattern> remote) {

    public ResolvedCapability {
        allow = Set.copyOf(allow);
        deny = Map.copyOf(deny);
        remote = List.copyOf(remote);
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
}
