package dev.tauri4j.plugins.store;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A store's file: one JSON object, pretty-printed with two spaces as Tauri's {@code serde_json::to_vec_pretty}
 * writes it, replaced atomically (a temporary file next to it, then a rename) so a crash never leaves half a store.
 */
final class StoreFile {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withoutSpacesInObjectEntries()
            .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));

    private StoreFile() {
    }

    /** The entries in {@code file}, in file order. */
    static Map<String, JsonNode> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        if (root == null || !root.isObject()) throw new IOException("invalid type: expected a JSON object of key/value pairs in " + file);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Writes {@code entries} to {@code file}, creating its folder. */
    static void write(Path file, Map<String, JsonNode> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        entries.forEach(root::set);
        // serde_json writes an empty map as "{}", Jackson's pretty printer as "{ }"
        byte[] bytes = entries.isEmpty() ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : JSON.writer(PRETTY).writeValueAsBytes(root);
        dev.tauri4j.plugin.PluginFiles.writeAtomically(file, bytes);
    }
}
