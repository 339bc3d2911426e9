package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's files in its jar: {@code META-INF/tauri4j/plugins/<name>/plugin.json} ({@code {"commands": [...]}}, the
 * list Tauri plugins give their build script) and, next to it, {@code permissions/*.json}; without plugin.json a
 * plugin has only the generated {@code allow-}/{@code deny-} permissions of the commands it registers.
 * The runtime and {@code tauri:build} read them the same way, through a class loader.
 */
public final class PluginResources {

    /** The folder of all plugins' files. */
    public static final String ROOT = "META-INF/tauri4j/plugins/";

    private PluginResources() {}

    /** The folder of {@code plugin}'s files. */
    public static String folder(String plugin) {
        return ROOT + plugin;
    }

    /** Whether {@code loader} sees {@code plugin}'s {@code plugin.json}. */
    public static boolean present(ClassLoader loader, String plugin) {
        return loader.getResource(manifest(plugin)) != null;
    }

    private static String manifest(String plugin) {
        return folder(plugin) + "/plugin.json";
    }

    /** The commands {@code plugin.json} lists; empty when the plugin has no such file. */
    public static Optional<Set<String>> declaredCommands(ClassLoader loader, String plugin) {
        String name = manifest(plugin);
        String text = read(loader, name);
        if (text == null) return Optional.empty();
        JsonNode commands = ConfigLoader.parseJson(text, name).path("commands");
        if (!commands.isArray()) {
            throw new ConfigException(name, "commands", "commands must list the plugin's command names. Fix: {\"commands\": [\"ping\"]}");
        }
        Set<String> out = new LinkedHashSet<>();
        commands.forEach(c -> out.add(c.asText()));
        return Optional.of(out);
    }

    /**
     * The plugin's permissions as {@code loader} sees them.
     *
     * @param commands its commands, besides those {@code plugin.json} lists (the runtime passes the registered ones)
     * @return empty when the loader has no file of the plugin and {@code commands} is empty
     */
    public static Optional<PluginPermissions> load(ClassLoader loader, String plugin, Collection<String> commands) {
        Set<String> all = new LinkedHashSet<>(declaredCommands(loader, plugin).orElse(Set.of()));
        all.addAll(commands);
        Map<String, String> files = new LinkedHashMap<>();
        String dir = folder(plugin) + "/permissions";
        // found from plugin.json's URL, so that jars without directory entries work too
        URL anchor = loader.getResource(manifest(plugin));
        if (anchor != null) {
            for (String file : ResourceFolder.names(anchor, manifest(plugin), dir)) {
                if (file.endsWith(".json") || file.endsWith(".toml")) files.put(dir + "/" + file, read(loader, dir + "/" + file));
            }
        }
        if (all.isEmpty() && files.isEmpty()) return Optional.empty();
        return Optional.of(PluginPermissions.of(plugin, all, files));
    }

    private static String read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        }
    }
}
