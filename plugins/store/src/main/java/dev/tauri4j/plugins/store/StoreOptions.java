package dev.tauri4j.plugins.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a store is opened: the npm package's {@code StoreOptions} (2.4.5).
 *
 * @param defaults         the values a new store starts with and {@code reset()} returns to
 * @param autoSave         the debounce after a change before the file is written, or null for no automatic save
 * @param createNew        start from the defaults even when the file exists (it is overwritten at the next save)
 * @param overrideDefaults when loading the file, drop the defaults instead of merging the file over them
 */
public record StoreOptions(Map<String, JsonNode> defaults, Duration autoSave, boolean createNew, boolean overrideDefaults) {

    /** Tauri's default debounce: 100 ms after the last change. */
    public static final Duration DEFAULT_AUTO_SAVE = Duration.ofMillis(100);

    /** No defaults, saved 100 ms after changes, loaded from the file. */
    public static final StoreOptions DEFAULT = new StoreOptions(Map.of(), DEFAULT_AUTO_SAVE, false, false);

    public StoreOptions {
        defaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults == null ? Map.of() : defaults));
    }

    /** The {@code options} argument of {@code load} as the npm package sends it (null for none). */
    static StoreOptions fromJson(JsonNode options) {
        if (options == null || options.isNull()) return DEFAULT;
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        JsonNode d = options.get("defaults");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) throw new CommandException("invalid type: expected options.defaults to be an object of key/value pairs");
            d.properties().forEach(e -> defaults.put(e.getKey(), e.getValue()));
        }
        for (String unsupported : new String[] {"serializeFnName", "deserializeFnName"}) {
            JsonNode n = options.get(unsupported);
            if (n != null && n.isTextual()) {
                String kind = unsupported.startsWith("serialize") ? "Serialize" : "Deserialize";
                throw new CommandException(kind + " Function \"" + n.textValue() + "\" was not found");
            }
        }
        return new StoreOptions(defaults, autoSave(options.get("autoSave")), bool(options, "createNew"), bool(options, "overrideDefaults"));
    }

    private static Duration autoSave(JsonNode n) {
        if (n == null || n.isNull() || (n.isBoolean() && n.booleanValue())) return DEFAULT_AUTO_SAVE;
        if (n.isBoolean()) return null;
        if (n.canConvertToLong() && n.longValue() >= 0) return Duration.ofMillis(n.longValue());
        throw new CommandException("invalid type: expected options.autoSave to be a boolean or a debounce in milliseconds");
    }

    private static boolean bool(JsonNode options, String key) {
        JsonNode n = options.get(key);
        return n != null && n.asBoolean(false);
    }
}
