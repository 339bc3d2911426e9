package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Typed, path-aware reads of JSON values that fail with a {@link ConfigException} a user can act on (also used by {@code config.capability}). */
public final class JsonFields {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
    private static final int MAX_SHOWN = 60;

    private final String source;

    /** Reads for messages naming {@code source}. */
    public JsonFields(String source) {
        this.source = source;
    }

    /** The file name used in messages. */
    public String source() {
        return source;
    }

    /** The text at {@code key}, or null when absent (or null and {@code nullable}). */
    public String text(JsonNode parent, String parentPath, String key, boolean nullable, String fix) {
        JsonNode v = present(parent, parentPath, key, nullable, "a string", fix);
        if (v == null) return null;
        if (!v.isTextual()) throw wrongType(path(parentPath, key), "a string", v, fix);
        return v.textValue();
    }

    /** The number at {@code key}, or null when absent (or null and {@code nullable}). */
    public Double number(JsonNode parent, String parentPath, String key, boolean nullable, String fix) {
        JsonNode v = present(parent, parentPath, key, nullable, "a number", fix);
        if (v == null) return null;
        if (!v.isNumber()) throw wrongType(path(parentPath, key), "a number", v, fix);
        return v.doubleValue();
    }

    /** The boolean at {@code key}, or {@code dflt} when absent. */
    public boolean bool(JsonNode parent, String parentPath, String key, boolean dflt) {
        String fix = "use true or false without quotes, e.g. \"" + key + "\": " + !dflt;
        JsonNode v = present(parent, parentPath, key, false, "true or false", fix);
        if (v == null) return dflt;
        if (!v.isBoolean()) throw wrongType(path(parentPath, key), "true or false", v, fix);
        return v.booleanValue();
    }

    /** The object at {@code key}, or null when absent. */
    public JsonNode object(JsonNode parent, String parentPath, String key, String fix) {
        JsonNode v = present(parent, parentPath, key, false, "an object", fix);
        if (v == null) return null;
        if (!v.isObject()) throw wrongType(path(parentPath, key), "an object", v, fix);
        return v;
    }

    /** The array at {@code key}, or null when absent. */
    public JsonNode array(JsonNode parent, String parentPath, String key, String fix) {
        JsonNode v = present(parent, parentPath, key, false, "an array", fix);
        if (v == null) return null;
        if (!v.isArray()) throw wrongType(path(parentPath, key), "an array", v, fix);
        return v;
    }

    // Tauri's schema distinguishes Option fields (null allowed) from defaulted ones (null rejected); so do we.
    private JsonNode present(JsonNode parent, String parentPath, String key, boolean nullable,
                             String expected, String fix) {
        JsonNode v = parent.get(key);
        if (v == null || v.isMissingNode()) return null;
        if (v.isNull()) {
            if (nullable) return null;
            throw wrongType(path(parentPath, key), expected, v, fix + ", or leave the key out for the default");
        }
        return v;
    }

    /** "path must be expected, found ... Fix: fix" */
    public ConfigException wrongType(String path, String expected, JsonNode found, String fix) {
        return fail(path, path + " must be " + expected + ", found " + describe(found) + ". Fix: " + fix);
    }

    /** An error at {@code path} with this detail. */
    public ConfigException fail(String path, String detail) {
        return new ConfigException(source, path, detail);
    }

    /** The JSON path of {@code key} inside {@code parent}; keys that are not plain names are quoted. */
    public static String path(String parent, String key) {
        String step = PLAIN_KEY.matcher(key).matches() ? key : "[\"" + key.replace("\"", "\\\"") + "\"]";
        if (parent.isEmpty()) return step;
        return step.startsWith("[") ? parent + step : parent + "." + step;
    }

    /** {@code parent[i]}. */
    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** A short rendering of a JSON value with its type, as shown in error messages: {@code "wide" (string)}. */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        if (v.isNull()) return "null";
        if (v.isTextual()) return quote(v.textValue()) + " (string)";
        if (v.isNumber()) return v.asText() + " (number)";
        if (v.isBoolean()) return v.asText() + " (boolean)";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        return v.getNodeType().toString().toLowerCase();
    }

    /** A value in quotes, cut when long. */
    public static String quote(String s) {
        String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
        return "\"" + shown.replace("\"", "\\\"") + "\"";
    }
}
