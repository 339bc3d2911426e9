package dev.tauri4j.config.capability;

import dev.tauri4j.config.scope.ScopeEntries;

/**
 * A permission as a capability names it.
 *
 * @param identifier e.g. {@code allow-greet}, {@code core:window:default}, {@code fs:scope}
 * @param path       its JSON path in the capability's file, e.g. {@code permissions[2]}
 * @param scope      the {@code allow} / {@code deny} entries written with it; {@link ScopeEntries#EMPTY} for none
 */
public record PermissionRef(String identifier, String path, ScopeEntries scope) {

    public PermissionRef {
        scope = scope == null ? ScopeEntries.EMPTY : scope;
    }

    /** A reference without scope entries. */
    public PermissionRef(String identifier, String path) {
        this(identifier, path, ScopeEntries.EMPTY);
    }

    /** Whether it carries {@code allow} / {@code deny} entries. */
    public boolean scoped() {
        return !scope.isEmpty();
    }
}
