package dev.tauri4j.internal.assets;

import dev.tauri4j.config.CspModification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Content-Security-Policy as directives and their sources, to which the runtime adds what the app's own scripts
 * need, the way Tauri does: a directive that is absent but covered by {@code default-src} is created from
 * {@code default-src}'s sources, and nothing is added where {@code dangerousDisableAssetCspModification} says so.
 */
public final class ContentSecurityPolicy {

    private final Map<String, List<String>> directives;

    private ContentSecurityPolicy(Map<String, List<String>> directives) {
        this.directives = directives;
    }

    /** Parses a policy such as {@code default-src 'self'; img-src 'self' data:}; directive names are case-insensitive. */
    public static ContentSecurityPolicy parse(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.strip().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) continue;
            String name = tokens[0].toLowerCase(Locale.ROOT);
            // CSP's rule: a repeated directive is ignored, the first one counts
            if (directives.containsKey(name)) continue;
            List<String> sources = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) sources.add(tokens[i]);
            directives.put(name, sources);
        }
        return new ContentSecurityPolicy(directives);
    }

    /**
     * A copy with {@code sources} added to {@code directive}: appended when it exists; created from
     * {@code default-src} when only that exists; left alone when neither does (nothing restricts that kind of
     * content, so there is nothing to allow) or when {@code modification} forbids touching it.
     */
    public ContentSecurityPolicy allow(String directive, List<String> sources, CspModification modification) {
        if (sources.isEmpty() || !modification.mayModify(directive)) return this;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        directives.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        List<String> target = copy.get(directive);
        if (target == null) {
            List<String> fallback = copy.get("default-src");
            if (fallback == null) return this;
            target = new ArrayList<>(fallback);
            copy.put(directive, target);
        }
        // 'none' must stand alone: once something is allowed it would only make the directive invalid
        target.remove("'none'");
        for (String s : sources) if (!target.contains(s)) target.add(s);
        return new ContentSecurityPolicy(copy);
    }

    /** The sources of {@code directive}, or an empty list when it is absent. */
    public List<String> sources(String directive) {
        return List.copyOf(directives.getOrDefault(directive, List.of()));
    }

    /** The header value. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        directives.forEach((name, sources) -> parts.add(sources.isEmpty() ? name : name + " " + String.join(" ", sources)));
        return String.join("; ", parts);
    }
}
