package dev.tauri4j.config.capability;

import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.UrlScope;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the scope entries that capabilities give Tauri's official plugins the way their ports read them, so that
 * a wrong entry ({@code {"paht": ...}}, {@code "$APPDAT/**"}, a relative path, a URL that is no pattern) fails the
 * build with its file, its JSON path and the fix instead of failing the first call that reads it.
 */
public final class OfficialScopes {

    // Every variable resolves, to a folder no machine has: the check is about what is written, not this machine.
    private static final Path NOWHERE = Path.of("/nonexistent-tauri4j-scope-check");

    /** The plugins whose entries are path globs ({@code fs}) or URL patterns ({@code http}), and how they are read. */
    private static final Map<String, Consumer<ScopeEntries>> READERS = Map.of(
            "fs", entries -> PathScope.of(entries, dir -> Optional.of(NOWHERE.resolve(dir.name())), false),
            "http", UrlScope::of);

    private OfficialScopes() {}

    /**
     * Reads every entry of {@code set} that {@code fs} and {@code http} will read.
     *
     * @throws dev.tauri4j.config.ConfigException naming the entry's file, its JSON path and the fix
     */
    public static void check(CapabilitySet set) {
        for (ResolvedCapability c : set.active()) {
            READERS.forEach((plugin, reader) -> {
                reader.accept(c.globalScope(plugin));
                c.commandScopes().forEach((command, entries) -> {
                    if (plugin.equals(CapabilitySet.pluginOf(command))) reader.accept(entries);
                });
            });
        }
    }
}
