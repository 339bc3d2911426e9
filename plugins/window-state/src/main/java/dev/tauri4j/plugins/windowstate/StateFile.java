package dev.tauri4j.plugins.windowstate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state file: window label to {@link SavedWindow}, pretty-printed with two spaces as Tauri's
 * {@code serde_json::to_vec_pretty} writes it, replaced atomically so a crash at exit never leaves half a file.
 */
final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private StateFile() {}

    /** The windows saved in {@code file}; none when it does not exist. */
    static Map<String, SavedWindow> read(Path file) throws IOException {
        if (!Files.exists(file)) return new LinkedHashMap<>();
        Map<String, SavedWindow> read = JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, SavedWindow>>() {});
        return read == null ? new LinkedHashMap<>() : read;
    }

    /** Writes {@code windows} to {@code file}, creating its folder. */
    static void write(Path file, Map<String, SavedWindow> windows) throws IOException {
        byte[] bytes = windows.isEmpty() ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : JSON.writer(PRETTY).writeValueAsBytes(windows);
        dev.tauri4j.plugin.PluginFiles.writeAtomically(file, bytes);
    }
}
