package dev.tauri4j.plugin;

import dev.tauri4j.internal.ipc.JsonCodec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin's settings, {@code plugins.<name>} in {@code tauri.conf.json}, as plain Java values (maps, lists, strings,
 * numbers, booleans): the plugin reads single keys or binds the whole object to a record of its own.
 */
public final class PluginConfig {

    private final String plugin;
    private final Object value;

    private PluginConfig(String plugin, Object value) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.value = value;
    }

    /** The settings {@code value} (null for none) of {@code plugin}; tests build one this way. */
    public static PluginConfig of(String plugin, Object value) {
        return new PluginConfig(plugin, value);
    }

    /** Whether {@code tauri.conf.json} has {@code plugins.<name>} at all. */
    public boolean isPresent() {
        return value != null;
    }

    /** The settings as written: a map for an object, or a list, string, number or boolean; null when absent. */
    public Object value() {
        return value;
    }

    /** The settings object's keys and values; empty when the settings are absent or not an object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The string at {@code key}; empty when absent. */
    public Optional<String> string(String key) {
        return typed(key, String.class, "a string");
    }

    /** The boolean at {@code key}; empty when absent. */
    public Optional<Boolean> bool(String key) {
        return typed(key, Boolean.class, "true or false");
    }

    /** The whole number at {@code key}; empty when absent. */
    public Optional<Long> integer(String key) {
        Object v = values().get(key);
        if (v == null) return Optional.empty();
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof java.math.BigInteger) {
            return Optional.of(((Number) v).longValue());
        }
        throw wrong(key, "a whole number", v);
    }

    /**
     * The settings bound to {@code type} (a record or bean whose components are the keys); unknown keys are ignored.
     *
     * @throws IllegalArgumentException naming {@code plugins.<name>} when the settings do not fit {@code type}
     */
    public <T> T as(Class<T> type) {
        try {
            return JsonCodec.mapper().convertValue(value == null ? Map.of() : value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tauri.conf.json: plugins." + plugin + " does not fit " + type.getSimpleName()
                    + ": " + e.getMessage() + ". Fix: correct plugins." + plugin + " in tauri.conf.json", e);
        }
    }

    private <T> Optional<T> typed(String key, Class<T> type, String expected) {
        Object v = values().get(key);
        if (v == null) return Optional.empty();
        if (!type.isInstance(v)) throw wrong(key, expected, v);
        return Optional.of(type.cast(v));
    }

    private IllegalArgumentException wrong(String key, String expected, Object found) {
        return new IllegalArgumentException("tauri.conf.json: plugins." + plugin + "." + key + " must be " + expected
                + ", found " + found + ". Fix: correct it in tauri.conf.json");
    }
}
