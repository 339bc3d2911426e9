package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed {@code tauri.conf.json}: the honoured settings, the whole document, and what the user should be told.
 *
 * @param config   the settings tauri4j honours, with Tauri's defaults applied
 * @param raw      the whole parsed document, including {@code bundle} and {@code plugins}; treat it as read-only
 * @param baseDir  the folder holding the config file, against which relative paths resolve; null when parsed from a string
 * @param warnings one line each, ready to print; empty when every key is honoured
 * @param files    the files it was read from, the main file first and then the platform's overlay; empty for a string
 */
public record LoadedConfig(TauriConfig config, JsonNode raw, Path baseDir, List<String> warnings, List<Path> files) {

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(raw, "raw");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A config parsed from text. */
    public LoadedConfig(TauriConfig config, JsonNode raw, Path baseDir, List<String> warnings) {
        this(config, raw, baseDir, warnings, List.of());
    }

    /** Whether {@link #raw} is not simply the main file's JSON: an overlay was merged, or the file is JSON5 or TOML. */
    public boolean transformed() {
        return files.size() > 1 || (!files.isEmpty() && !files.getFirst().getFileName().toString().endsWith(".json"));
    }
}
