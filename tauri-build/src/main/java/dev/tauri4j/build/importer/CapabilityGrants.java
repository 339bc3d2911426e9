package dev.tauri4j.build.importer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The capability files next to the config: the plugin prefixes their permissions name ({@code opener:default} needs
 * the opener plugin), and the {@code allow-<command>} grants the import adds for the commands the frontend invokes
 * (tauri4j denies an app's own commands until a capability grants them; Tauri allows them).
 */
final class CapabilityGrants {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    CapabilityGrants(Path dir) {
        this.dir = dir;
    }

    /** The plugin names the capabilities' permissions are prefixed with, {@code core} left out. */
    Set<String> pluginPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        for (Path file : files()) {
            for (JsonNode permission : read(file).path("permissions")) {
                String id = permission.isTextual() ? permission.asText() : permission.path("identifier").asText("");
                int colon = id.indexOf(':');
                if (colon > 0 && !id.startsWith("core:")) prefixes.add(id.substring(0, colon));
            }
        }
        return prefixes;
    }

    /**
     * Adds {@code allow-<command>} for each of {@code commands} no capability grants yet, to the capability of the
     * main window (or the first one), creating {@code capabilities/default.json} when there is none.
     *
     * @return the file changed and the grants added; empty when nothing was missing
     */
    Grant grant(Collection<String> commands) {
        List<Path> files = files();
        Set<String> granted = new TreeSet<>();
        for (Path file : files) read(file).path("permissions").forEach(p -> granted.add(p.asText("")));
        List<String> missing = commands.stream().map(c -> "allow-" + c).filter(p -> !granted.contains(p)).toList();
        if (missing.isEmpty()) return new Grant(null, List.of());
        Path target = files.stream().filter(f -> forMainWindow(read(f))).findFirst()
                .orElse(files.isEmpty() ? dir.resolve("default.json") : files.get(0));
        ObjectNode capability;
        if (Files.isRegularFile(target)) {
            capability = (ObjectNode) read(target);
        } else {
            capability = JSON.createObjectNode();
            capability.put("identifier", "default");
            capability.put("description", "Capability for the main window");
            capability.putArray("windows").add("main");
            capability.putArray("permissions").add("core:default");
        }
        JsonNode existing = capability.get("permissions");
        ArrayNode permissions = existing instanceof ArrayNode array ? array : capability.putArray("permissions");
        missing.forEach(permissions::add);
        write(target, capability);
        return new Grant(target, missing);
    }

    /**
     * What {@link #grant} did.
     *
     * @param file   the capability file written, null when none was
     * @param added  the permissions added
     */
    record Grant(Path file, List<String> added) {}

    private List<Path> files() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean forMainWindow(JsonNode capability) {
        for (JsonNode window : capability.path("windows")) {
            if (window.asText().equals("main") || window.asText().equals("*")) return true;
        }
        return false;
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ImportException(file + " is not a capability (a JSON object with identifier and permissions)."
                        + " Fix: correct it or move it out of " + file.getParent());
            }
            return node;
        } catch (IOException e) {
            throw new ImportException(file + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "). Fix: correct it; the import adds the allow-<command> grants to it", e);
        }
    }

    private static void write(Path file, JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        try {
            Files.createDirectories(file.getParent());
            String text = JSON.writer(printer).writeValueAsString(node).replace("\r\n", "\n") + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sorted(Collection<String> names) {
        return new ArrayList<>(new TreeSet<>(names));
    }
}
