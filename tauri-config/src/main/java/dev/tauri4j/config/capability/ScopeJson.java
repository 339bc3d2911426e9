package dev.tauri4j.config.capability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.JsonFields;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the {@code allow} / {@code deny} arrays of a permission object into {@link ScopeEntries}, so no Jackson type leaves this package. */
final class ScopeJson {

    private ScopeJson() {}

    /** The entries of {@code node} (a permission object) at {@code path}; {@link ScopeEntries#EMPTY} when it has none. */
    static ScopeEntries entries(JsonFields f, JsonNode node, String path) {
        List<ScopeEntry> allow = list(f, node, path, "allow");
        List<ScopeEntry> deny = list(f, node, path, "deny");
        return allow.isEmpty() && deny.isEmpty() ? ScopeEntries.EMPTY : new ScopeEntries(allow, deny);
    }

    private static List<ScopeEntry> list(JsonFields f, JsonNode node, String path, String key) {
        String fix = "list the entries, e.g. \"" + key + "\": [{\"path\": \"$APPDATA/**\"}]";
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return List.of(); // Tauri's Option<Vec<Value>>: null is no entries
        JsonNode array = f.array(node, path, key, fix);
        String at = JsonFields.path(path, key);
        List<ScopeEntry> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) out.add(new ScopeEntry(value(array.get(i)), f.source(), JsonFields.index(at, i)));
        return out;
    }

    /** The value of any JSON node. */
    static ScopeValue value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return new ScopeValue.Null();
        if (n.isBoolean()) return new ScopeValue.Bool(n.booleanValue());
        if (n.isNumber()) return new ScopeValue.Num(n.decimalValue());
        if (n.isTextual()) return new ScopeValue.Str(n.textValue());
        if (n.isArray()) {
            List<ScopeValue> items = new ArrayList<>();
            for (JsonNode item : n) items.add(value(item));
            return new ScopeValue.Arr(items);
        }
        Map<String, ScopeValue> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), value(e.getValue()));
        }
        return new ScopeValue.Obj(fields);
    }
}
