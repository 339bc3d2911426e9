package dev.tauri4j.plugin;

import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.ScopeEntries;
import java.util.List;

/**
 * Tauri's global scope, injected into a command parameter of this type: the entries of the plugin's scope-only
 * permissions (permissions that allow no command, such as {@code fs:scope}), which apply to every command of the
 * plugin, from the capabilities that apply to the calling window and page.
 */
public final class GlobalScope<T> extends Scope<T> {

    private GlobalScope(List<T> allowed, List<T> denied, ScopeEntries entries, BaseDirectoryResolver dirs) {
        super(allowed, denied, entries, dirs);
    }

    /** A scope of these entries (the runtime makes them; handy in a plugin's unit tests). */
    public static <T> GlobalScope<T> of(List<T> allowed, List<T> denied, ScopeEntries entries, BaseDirectoryResolver dirs) {
        return new GlobalScope<>(allowed, denied, entries, dirs);
    }
}
