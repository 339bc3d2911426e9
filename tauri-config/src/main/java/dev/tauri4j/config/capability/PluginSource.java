package dev.tauri4j.config.capability;

import java.util.Optional;

/**
 * Where a {@link PermissionCatalog} finds plugins' permissions: the plugins an app added (at run time) or the
 * plugin jars on the project's class path (at build time).
 */
public interface PluginSource {

    /** No plugins: only core and app-command permissions exist. */
    PluginSource NONE = plugin -> Optional.empty();

    /** The permissions of {@code plugin}, or empty when this source has no such plugin. */
    Optional<PluginPermissions> find(String plugin);

    /** How to get {@code plugin} when {@link #find} has none: the end of an error message, after "Fix: ". */
    default String absentFix(String plugin) {
        return "add the plugin to the app (Tauri.builder().plugin(...)) and its jar to the dependencies, or remove the permission";
    }
}
