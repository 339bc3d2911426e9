package dev.tauri4j.plugin;

import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.ScopeEntries;
import java.util.List;

/**
 * Tauri's command scope, injected into a command parameter of this type: the entries on the permissions that grant
 * this command ({@code {"identifier": "echo:allow-greet", "allow": [{"name": "ada"}]}} in a capability, or
 * {@code scope} in the plugin's permission file), from every capability that applies to the calling window and page.
 */
public final class CommandScope<T> extends Scope<T> {

    private CommandScope(List<T> allowed, List<T> denied, ScopeEntries entries, BaseDirectoryResolver dirs) {
        super(allowed, denied, entries, dirs);
    }

    /** A scope of these entries (the runtime makes them; handy in a plugin's unit tests). */
    public static <T> CommandScope<T> of(List<T> allowed, List<T> denied, ScopeEntries entries, BaseDirectoryResolver dirs) {
        return new CommandScope<>(allowed, denied, entries, dirs);
    }
}
