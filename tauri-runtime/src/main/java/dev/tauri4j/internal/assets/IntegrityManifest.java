package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.assets.AssetKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tauri4j.assets.AssetIntegrityException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build's asset manifest ({@code tauri4j/assets.manifest.json}) as the runtime reads it: each asset's SHA-256
 * and size, and the CSP hashes of each HTML page's inline scripts.
 */
public final class IntegrityManifest {

    /** One asset's expected bytes and, for a page, its inline scripts' CSP sources. */
    public record Entry(byte[] sha256, long size, List<String> inlineScripts) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Entry> assets;
    private final List<String> allInlineScripts;
    private final boolean perPage;

    private IntegrityManifest(Map<String, Entry> assets, List<String> allInlineScripts, boolean perPage) {
        this.assets = Map.copyOf(assets);
        this.allInlineScripts = List.copyOf(allInlineScripts);
        this.perPage = perPage;
    }

    /**
     * Parses the manifest's bytes.
     *
     * @param source names the file in error messages
     * @throws AssetIntegrityException {@code MANIFEST_UNREADABLE} naming what is wrong
     */
    public static IntegrityManifest parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssetIntegrityException(Kind.MANIFEST_UNREADABLE, source, "not valid JSON");
        }
        if (root == null || !root.isObject() || root.path("version").asInt(-1) != 1 || !root.path("assets").isObject()) {
            throw new AssetIntegrityException(Kind.MANIFEST_UNREADABLE, source,
                    "expected {\"version\": 1, \"assets\": {...}} as tauri:build writes it");
        }
        Map<String, Entry> assets = new HashMap<>();
        boolean perPage = false;
        for (Map.Entry<String, JsonNode> e : root.path("assets").properties()) {
            JsonNode node = e.getValue();
            String hex = node.path("sha256").asText("");
            if (!hex.matches("[0-9a-f]{64}") || !node.path("size").canConvertToLong()) {
                throw new AssetIntegrityException(Kind.MANIFEST_UNREADABLE, source,
                        "assets." + e.getKey() + " needs a lower-case hex \"sha256\" and a \"size\"");
            }
            perPage |= node.has("inlineScripts");
            assets.put(e.getKey(), new Entry(HexFormat.of().parseHex(hex), node.path("size").asLong(),
                    strings(node.path("inlineScripts"))));
        }
        return new IntegrityManifest(assets, strings(root.path("inlineScripts")), perPage);
    }

    /** The entry for {@code key}, or empty when the build did not list it. */
    public Optional<Entry> entry(AssetKey key) {
        return Optional.ofNullable(assets.get(key.value()));
    }

    /** How many assets the manifest lists. */
    public int size() {
        return assets.size();
    }

    /**
     * The CSP sources ({@code 'sha256-...'}) of the page {@code key}'s inline scripts. A manifest written before
     * pages listed their own scripts gives every page's scripts.
     */
    public List<String> scriptSources(AssetKey key) {
        List<String> hashes = perPage ? entry(key).map(Entry::inlineScripts).orElse(List.of()) : allInlineScripts;
        List<String> sources = new ArrayList<>(hashes.size());
        for (String h : hashes) sources.add("'" + h + "'");
        return sources;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            // only well-formed CSP hash sources: anything else would let the manifest inject policy text
            if (item.isTextual() && item.textValue().matches("sha256-[A-Za-z0-9+/]+=*")) out.add(item.textValue());
        }
        return out;
    }
}
