package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Turns Tauri's two CSP forms (a policy string, or a directive map) into the one policy string a header needs. */
final class CspPolicy {

    private CspPolicy() {
    }

    /**
     * The policy at {@code key} of {@code security} as one string, e.g. {@code default-src 'self'; img-src 'self' data:},
     * or null when absent, null or empty (an empty policy would only confuse: it restricts nothing).
     */
    static String read(JsonFields f, JsonNode security, String securityPath, String key) {
        JsonNode v = security.get(key);
        String path = JsonFields.path(securityPath, key);
        if (v == null || v.isNull()) return null;
        String policy;
        if (v.isTextual()) {
            policy = v.textValue().strip();
        } else if (v.isObject()) {
            policy = fromMap(f, v, path);
        } else {
            throw f.wrongType(path, "a policy string or a map of directives", v,
                    "e.g. \"" + key + "\": \"default-src 'self'\" or \"" + key
                            + "\": {\"default-src\": \"'self'\", \"img-src\": [\"'self'\", \"data:\"]}");
        }
        return policy.isEmpty() ? null : policy;
    }

    /** {@code dangerousDisableAssetCspModification}: absent or false, true, or a list of directive names. */
    static CspModification modification(JsonFields f, JsonNode security, String securityPath) {
        String key = "dangerousDisableAssetCspModification";
        JsonNode v = security.get(key);
        String path = JsonFields.path(securityPath, key);
        String fix = "use true (add nothing to the CSP), false (the default), or a list of directives to leave as "
                + "written, e.g. \"" + key + "\": [\"style-src\"]";
        if (v == null || v.isNull()) return CspModification.ALLOWED;
        if (v.isBoolean()) return v.booleanValue() ? CspModification.DISABLED : CspModification.ALLOWED;
        if (!v.isArray()) throw f.wrongType(path, "true, false or a list of CSP directive names", v, fix);
        Set<String> directives = new LinkedHashSet<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw f.wrongType(JsonFields.index(path, i), "a CSP directive name such as \"script-src\"", item, fix);
            }
            directives.add(item.textValue());
        }
        return new CspModification(false, directives);
    }

    private static String fromMap(JsonFields f, JsonNode map, String path) {
        List<String> directives = new ArrayList<>();
        // Directive order is kept as written: the user reads the resulting header against their config.
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            String directive = e.getKey().strip();
            String sources = sources(f, e.getValue(), JsonFields.path(path, e.getKey()), directive);
            directives.add(sources.isEmpty() ? directive : directive + " " + sources);
        }
        return String.join("; ", directives);
    }

    private static String sources(JsonFields f, JsonNode v, String path, String directive) {
        String fix = "give the sources as a string or a list of strings, e.g. \"" + directive + "\": [\"'self'\"]";
        if (v.isTextual()) return v.textValue().strip();
        if (!v.isArray()) throw f.wrongType(path, "a string or an array of strings", v, fix);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) throw f.wrongType(JsonFields.index(path, i), "a string", item, fix);
            String s = item.textValue().strip();
            if (!s.isEmpty()) out.add(s);
        }
        return String.join(" ", out);
    }
}
