package dev.tauri4j.config.scope;

import dev.tauri4j.config.ConfigException;
import java.util.Objects;

/**
 * One {@code allow} or {@code deny} entry with where it is written, so that a plugin that cannot use it can say
 * which file and which JSON path to fix.
 *
 * @param value  the entry as written
 * @param source the file, e.g. {@code capabilities/default.json}
 * @param path   its JSON path there, e.g. {@code permissions[2].allow[0]}
 */
public record ScopeEntry(ScopeValue value, String source, String path) {

    public ScopeEntry {
        Objects.requireNonNull(value, "value");
        source = source == null ? "" : source;
        path = path == null ? "" : path;
    }

    /** An error about this entry: "{@code source: path detail}". */
    public ConfigException fail(String detail) {
        return new ConfigException(source, path, path + " " + detail);
    }
}
