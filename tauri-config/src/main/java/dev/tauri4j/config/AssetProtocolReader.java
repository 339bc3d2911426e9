package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code app.security.assetProtocol} in Tauri's shape: {@code enable}, and {@code scope} as a list of paths or
 * {@code {allow, deny, requireLiteralLeadingDot}} (Tauri's {@code FsScope}).
 */
final class AssetProtocolReader {

    private static final String SCOPE_FIX = "write e.g. \"scope\": [\"$APPDATA/**\"] or "
            + "\"scope\": {\"allow\": [\"$APPDATA/**\"], \"deny\": [\"$APPDATA/secret/**\"]}";

    private final JsonFields f;
    private final SchemaKeys keys;

    AssetProtocolReader(JsonFields f, SchemaKeys keys) {
        this.f = f;
        this.keys = keys;
    }

    /** The section under {@code security} (at {@code securityPath}), or null when absent. */
    AssetProtocolConfig read(JsonNode security, String securityPath) {
        JsonNode node = f.object(security, securityPath, "assetProtocol",
                "e.g. \"assetProtocol\": {\"enable\": true, \"scope\": [\"$APPDATA/**\"]}");
        if (node == null) return null;
        String path = JsonFields.path(securityPath, "assetProtocol");
        keys.check(node, path, SchemaKeys.Section.ASSET_PROTOCOL);
        boolean enable = f.bool(node, path, "enable", false);
        JsonNode scope = node.get("scope");
        String scopePath = JsonFields.path(path, "scope");
        if (scope == null || scope.isNull()) return new AssetProtocolConfig(enable, ScopeEntries.EMPTY, null);
        if (scope.isArray()) return new AssetProtocolConfig(enable, new ScopeEntries(paths(scope, scopePath), List.of()), null);
        if (!scope.isObject()) throw f.wrongType(scopePath, "a list of paths or {\"allow\": [...], \"deny\": [...]}", scope, SCOPE_FIX);
        keys.check(scope, scopePath, SchemaKeys.Section.FS_SCOPE);
        JsonNode dot = scope.get("requireLiteralLeadingDot");
        Boolean literalDot = null;
        if (dot != null && !dot.isNull()) literalDot = f.bool(scope, scopePath, "requireLiteralLeadingDot", true);
        return new AssetProtocolConfig(enable, new ScopeEntries(list(scope, scopePath, "allow"), list(scope, scopePath, "deny")), literalDot);
    }

    private List<ScopeEntry> list(JsonNode scope, String scopePath, String key) {
        JsonNode array = f.array(scope, scopePath, key, SCOPE_FIX);
        return array == null ? List.of() : paths(array, JsonFields.path(scopePath, key));
    }

    private List<ScopeEntry> paths(JsonNode array, String path) {
        List<ScopeEntry> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPath = JsonFields.index(path, i);
            if (!item.isTextual() || item.textValue().isBlank()) throw f.wrongType(itemPath, "a path or glob string", item, SCOPE_FIX);
            out.add(new ScopeEntry(new ScopeValue.Str(item.textValue()), f.source(), itemPath));
        }
        return out;
    }
}
