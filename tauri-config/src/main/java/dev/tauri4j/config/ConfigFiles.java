package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a project's Tauri config is and which files make it up, as Tauri finds them: {@code tauri.conf.json},
 * {@code tauri.conf.json5} or {@code Tauri.toml}, at the project root or in {@code src-tauri/}; and the platform's
 * overlay next to it ({@code tauri.linux.conf.json}, {@code tauri.linux.conf.json5}, {@code Tauri.linux.toml}),
 * merged over it with JSON merge patch (RFC 7396) as Tauri merges it.
 */
public final class ConfigFiles {

    /** The main file names Tauri accepts, in the order it prefers them. */
    public static final List<String> MAIN_NAMES = List.of("tauri.conf.json", "tauri.conf.json5", "Tauri.toml");

    private ConfigFiles() {}

    /**
     * The config of the project in {@code projectDir}: its root first, then {@code src-tauri/} (Tauri's layout).
     *
     * @throws ConfigException naming both places when neither has one
     */
    public static Path locate(Path projectDir) {
        for (Path dir : List.of(projectDir, projectDir.resolve("src-tauri"))) {
            for (String name : MAIN_NAMES) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) return file;
            }
        }
        throw new ConfigException("tauri.conf.json", "", "no Tauri config in " + projectDir + " nor in "
                + projectDir.resolve("src-tauri") + ". Fix: create tauri.conf.json in one of them (tauri:import"
                + " brings a Tauri project's), or point <config> / -Dtauri.config at it");
    }

    /** The platform overlay that belongs to {@code mainFile} on {@code platform} ("linux", "macos", "windows"), if any. */
    public static Optional<Path> overlay(Path mainFile, String platform) {
        Path dir = mainFile.toAbsolutePath().getParent();
        String name = mainFile.getFileName().toString();
        String overlay = name.equals("Tauri.toml") ? "Tauri." + platform + ".toml"
                : name.replaceFirst("^tauri\\.conf\\.", "tauri." + platform + ".conf.");
        if (overlay.equals(name)) return Optional.empty();
        Path file = dir.resolve(overlay);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Tauri's name for the platform this JVM runs on: "linux", "macos" or "windows" (others as os.name says). */
    public static String currentPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) return "linux";
        if (os.startsWith("mac") || os.startsWith("darwin")) return "macos";
        if (os.startsWith("windows")) return "windows";
        return os.replaceAll("[^a-z0-9]", "");
    }

    /** The files a config is read from, main first: what a watcher must watch. */
    public static List<Path> parts(Path mainFile, String platform) {
        List<Path> parts = new ArrayList<>(List.of(mainFile));
        overlay(mainFile, platform).ifPresent(parts::add);
        return parts;
    }

    /**
     * Tauri.toml's kebab-case keys ({@code product-name}, {@code frontend-dist}) as the camelCase names of the JSON
     * config, which Tauri accepts as aliases; {@code plugins.*} keeps its keys, which belong to each plugin.
     */
    static JsonNode camelCaseKeys(JsonNode node) {
        if (node.isArray()) {
            var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(camelCaseKeys(e)));
            return out;
        }
        if (!node.isObject()) return node;
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (var field : node.properties()) {
            String key = field.getKey();
            String camel = java.util.regex.Pattern.compile("-([a-z0-9])").matcher(key).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
            out.set(camel, camel.equals("plugins") ? field.getValue() : camelCaseKeys(field.getValue()));
        }
        return out;
    }

    /**
     * RFC 7396 merge patch, as Tauri applies a platform file: objects merge key by key, {@code null} removes a key,
     * anything else (arrays included) replaces. Returns a new tree; neither input changes.
     */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) return patch.deepCopy();
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (var field : patch.properties()) {
            if (field.getValue().isNull()) result.remove(field.getKey());
            else result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
        }
        return result;
    }
}
