package dev.tauri4j.config.capability;

import java.util.List;
import java.util.Optional;

/**
 * Resolves one capability against one plugin's permission files, as {@code tauri:build} and the runtime resolve an
 * app's: what a plugin's own tests use to check that its sets and scope entries grant what Tauri's do.
 */
public final class PluginCapabilityCheck {

    private PluginCapabilityCheck() {}

    /**
     * A capability {@code "default"} for the window {@code main} whose {@code permissions} are the JSON array
     * {@code permissionsJson} (identifiers or scoped permission objects), resolved against {@code plugin} alone.
     *
     * @param warnings receives what the resolution warns about (an unused scope entry, ...)
     */
    public static CapabilitySet resolve(PluginPermissions plugin, String permissionsJson, List<String> warnings) {
        PermissionCatalog catalog = PermissionCatalog.of(List.of(), name -> Optional.of(plugin).filter(p -> p.plugin().equals(name)));
        var capabilities = CapabilityFiles.parse("{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": "
                + permissionsJson + "}", "capabilities/default.json", warnings);
        return CapabilitySet.resolve(List.of(), "tauri.conf.json", capabilities, catalog, "linux", warnings);
    }
}
