package dev.tauri4j.internal.security;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PermissionCatalog;
import dev.tauri4j.config.capability.ResolvedCapability;
import dev.tauri4j.config.scope.CallScope;
import java.util.List;
import java.util.Optional;

/**
 * Decides each call before it runs: a command runs only when an active capability that applies to the calling
 * window and page allows it, and none that applies denies it (a deny wins).
 */
public final class CommandGuard {

    /** Why a call was refused; the message names the command, the window and the fix. */
    public record Denial(String message) {}

    private final CapabilitySet set;
    private final List<ResolvedCapability> active;
    private final PermissionCatalog catalog;

    /** A guard over {@code set}, with {@code catalog} to name the permission that would allow a command. */
    public CommandGuard(CapabilitySet set, PermissionCatalog catalog) {
        this.set = set;
        this.active = set.active();
        this.catalog = catalog;
    }

    /**
     * Checks a call of {@code command} from window {@code label} showing {@code pageUrl}.
     *
     * @param appPage whether the page is one of the app's own (app origin, or the dev server in dev mode)
     * @return empty when allowed
     */
    public Optional<Denial> check(String command, String label, String pageUrl, boolean appPage) {
        boolean allowed = false;
        for (ResolvedCapability c : active) {
            if (!c.appliesTo(label, pageUrl, appPage)) continue;
            String deniedBy = c.deny().get(command);
            if (deniedBy != null) {
                return Optional.of(new Denial("command '" + command + "' is denied in window '" + label + "' by \"" + deniedBy
                        + "\" in capability \"" + c.capability().identifier() + "\" (" + c.capability().where()
                        + "); a deny wins over any allow. Fix: remove \"" + deniedBy + "\" there, or leave window '" + label
                        + "' out of that capability's windows"));
            }
            allowed |= c.allow().contains(command);
        }
        return allowed ? Optional.empty() : Optional.of(new Denial(notGranted(command, label, pageUrl, appPage)));
    }

    /** The scope entries an allowed call of {@code command} runs with, from the capabilities that apply to it. */
    public CallScope scopeFor(String command, String label, String pageUrl, boolean appPage) {
        return set.scopeFor(command, label, pageUrl, appPage);
    }

    /** Whether any capability lets the remote page {@code url} in window {@code label} use IPC at all. */
    public boolean remotePageMayCall(String label, String url) {
        for (ResolvedCapability c : active) if (c.appliesTo(label, url, false)) return true;
        return false;
    }

    /** Whether any capability names {@code url} in its {@code remote.urls}: such pages may be navigated to. */
    public boolean isTrustedRemote(String url) {
        for (ResolvedCapability c : active) if (c.matchesRemote(url)) return true;
        return false;
    }

    private String notGranted(String command, String label, String pageUrl, boolean appPage) {
        String permission = catalog.allowPermissionFor(command);
        String head = "command '" + command + "' is not allowed in window '" + label + "'"
                + (appPage ? "" : " for the remote page " + pageUrl) + ": no capability grants it";
        if (permission == null) {
            return head + ", and tauri4j has no permission for it, so none can";
        }
        ResolvedCapability near = active.stream().filter(c -> c.appliesTo(label, pageUrl, appPage)).findFirst()
                .orElse(active.stream().filter(c -> c.capability().appliesToWindow(label)).findFirst().orElse(null));
        String scope = appPage ? "whose windows include \"" + label + "\""
                : "whose windows include \"" + label + "\" and whose remote.urls match " + pageUrl;
        String where = near != null ? " (capability \"" + near.capability().identifier() + "\" in " + near.capability().where() + ")"
                : " (e.g. capabilities/default.json: {\"identifier\": \"default\", \"windows\": [\"" + label + "\"], \"permissions\": [\""
                + permission + "\"]})";
        return head + ". Fix: add \"" + permission + "\" to the permissions of a capability " + scope + where;
    }
}
