package dev.tauri4j.internal.security;

import dev.tauri4j.config.TauriConfig;
import dev.tauri4j.config.capability.Capability;
import dev.tauri4j.config.capability.CapabilityFiles;
import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PermissionCatalog;
import dev.tauri4j.config.capability.Platforms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the app's capabilities at start: {@code capabilities/} next to the config file when the config came from
 * a file, otherwise {@code tauri4j/capabilities/} in the app jar; plus those inline in {@code app.security.capabilities}.
 */
public final class CapabilityLoader {

    /** Where the build puts capability files in the jar. */
    public static final String RESOURCE_FOLDER = "tauri4j/" + CapabilityFiles.FOLDER;

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.security");

    private CapabilityLoader() {}

    /**
     * Loads, checks and resolves.
     *
     * @param configDir the folder of the config file, or null when the config came from the jar or from code
     * @param commands  the registered command names
     * @throws dev.tauri4j.config.ConfigException naming the file, the key and the fix
     */
    public static CapabilitySet load(TauriConfig config, Path configDir, ClassLoader loader, Collection<String> commands) {
        return load(config, configDir, loader, PermissionCatalog.of(commands));
    }

    /**
     * Loads, checks and resolves against {@code catalog} (the app's commands and plugins).
     *
     * @throws dev.tauri4j.config.ConfigException naming the file, the key and the fix
     */
    public static CapabilitySet load(TauriConfig config, Path configDir, ClassLoader loader, PermissionCatalog catalog) {
        List<String> warnings = new ArrayList<>();
        List<Capability> files = configDir != null
                ? CapabilityFiles.fromDirectory(configDir.resolve(CapabilityFiles.FOLDER), warnings)
                : CapabilityFiles.fromClasspath(loader, RESOURCE_FOLDER, warnings);
        CapabilitySet set = CapabilitySet.resolve(config.app().security().capabilities(), "tauri.conf.json", files,
                catalog, Platforms.current(), warnings);
        for (String w : set.warnings()) LOG.log(System.Logger.Level.WARNING, w);
        if (set.active().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "no capability is active, so pages can call no command (deny by default). Fix: add "
                    + (configDir != null ? configDir.resolve(CapabilityFiles.FOLDER) : "capabilities") + "/default.json with "
                    + "{\"identifier\": \"default\", \"windows\": [\"main\"], \"permissions\": [\"core:default\", \"allow-<command>\"]}");
        }
        return set;
    }
}
