package dev.tauri4j.build.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.build.BuildLog;
import dev.tauri4j.config.ConfigLoader;
import dev.tauri4j.config.LoadedConfig;
import dev.tauri4j.config.capability.Capability;
import dev.tauri4j.config.capability.CapabilityFiles;
import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.OfficialScopes;
import dev.tauri4j.config.capability.PermissionCatalog;
import dev.tauri4j.config.capability.Platforms;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.config.capability.PluginSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the capabilities at build time with the runtime's own validator, so a bad file fails {@code tauri:build}
 * and not the app's first start. App-command permissions ({@code allow-x}) are checked only when the annotation
 * processor left {@code tauri4j/commands.json} in the classes folder; core permissions and syntax always are.
 * Plugin permissions ({@code echo:default}) come from the plugins' files in the project's runtime class path
 * ({@link PluginResources}), read the way the runtime reads them.
 */
public final class CapabilityCheck {

    /** Where the {@code @Command} processor lists the app's commands, under the classes folder. */
    public static final String COMMANDS = "tauri4j/commands.json";

    private final BuildLog log;

    /** A check reporting to {@code log}. */
    public CapabilityCheck(BuildLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Checks every capability file next to the config and those inline in it, for every platform.
     *
     * @return the active capabilities on this platform
     * @throws dev.tauri4j.config.ConfigException naming the file, the key and the fix
     */
    public CapabilitySet check(LoadedConfig config, Path configFile, Path classesDir) throws IOException {
        return check(config, configFile, classesDir, List.of());
    }

    /**
     * Like {@link #check(LoadedConfig, Path, Path)}, with plugins found in {@code classpath} (jars and folders).
     *
     * @throws dev.tauri4j.config.ConfigException naming the file, the key and the fix
     */
    public CapabilitySet check(LoadedConfig config, Path configFile, Path classesDir, List<Path> classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classesDir.toUri().toURL());
        for (Path p : classpath) urls.add(p.toUri().toURL());
        // no parent but the platform's: only the project's own class path may provide plugins
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            return check(config, configFile, classesDir, new ClasspathPlugins(loader));
        }
    }

    private CapabilitySet check(LoadedConfig config, Path configFile, Path classesDir, PluginSource plugins) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path folder = configFile.toAbsolutePath().getParent().resolve(CapabilityFiles.FOLDER);
        List<Capability> files = CapabilityFiles.fromDirectory(folder, warnings);
        Path commandsFile = classesDir.resolve(COMMANDS);
        PermissionCatalog catalog = Files.isRegularFile(commandsFile)
                ? PermissionCatalog.of(commands(commandsFile), plugins) : PermissionCatalog.withoutAppCommands(plugins);
        CapabilitySet set = CapabilitySet.resolve(config.config().app().security().capabilities(), configFile.getFileName().toString(), files, catalog,
                Platforms.current(), warnings);
        OfficialScopes.check(set);
        set.warnings().forEach(log::warn);
        log.info("Capabilities checked: " + set.active().size() + " active " + set.active().stream()
                .map(c -> c.capability().identifier()).toList() + (catalog.knowsAppCommands() ? ", app commands from " + commandsFile
                : ", app-command permissions unchecked (no " + COMMANDS + ")"));
        return set;
    }

    /** The plugins a build's class path provides. */
    private record ClasspathPlugins(ClassLoader loader) implements PluginSource {
        @Override
        public Optional<PluginPermissions> find(String plugin) {
            return PluginResources.load(loader, plugin, Set.of());
        }

        @Override
        public String absentFix(String plugin) {
            return "no jar on the project's runtime class path has " + PluginResources.folder(plugin) + "/; add the plugin's "
                    + "dependency to the pom and Tauri.builder().plugin(...) to the app, or remove the permission";
        }
    }

    // Any string array, or objects with a "name": the processor's format may grow without breaking this check.
    private static Set<String> commands(Path file) throws IOException {
        JsonNode root = ConfigLoader.parseJson(Files.readString(file), COMMANDS);
        Set<String> names = new LinkedHashSet<>();
        collect(root.isObject() && root.has("commands") ? root.get("commands") : root, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isTextual()) names.add(node.textValue());
        else if (node.isObject() && node.path("name").isTextual()) names.add(node.get("name").textValue());
        else if (node.isArray()) node.forEach(n -> collect(n, names));
    }
}
