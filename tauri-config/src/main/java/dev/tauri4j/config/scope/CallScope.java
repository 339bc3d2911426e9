package dev.tauri4j.config.scope;

import java.util.List;

/**
 * The scope a command runs with in one window and page, gathered from every capability that applies there:
 * Tauri's command scope (entries on permissions that grant this command) and global scope (entries on the plugin's
 * scope-only permissions, such as {@code fs:scope} or {@code fs:scope-appdata-recursive}).
 *
 * @param command entries for this command only
 * @param global  entries for every command of the command's plugin
 */
public record CallScope(ScopeEntries command, ScopeEntries global) {

    /** No scope at all: a scoped plugin allows nothing. */
    public static final CallScope NONE = new CallScope(ScopeEntries.EMPTY, ScopeEntries.EMPTY);

    /** The command's entries followed by the global ones, as most plugins check them. */
    public ScopeEntries merged() {
        return command.plus(global);
    }

    /** Every allow entry, command scope first. */
    public List<ScopeEntry> allowed() {
        return merged().allow();
    }

    /** Every deny entry, command scope first; a deny wins over any allow. */
    public List<ScopeEntry> denied() {
        return merged().deny();
    }
}
