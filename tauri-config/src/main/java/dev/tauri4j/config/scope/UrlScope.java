package dev.tauri4j.config.scope;

import dev.tauri4j.config.capability.RemoteUrlPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A URL scope as Tauri's http plugin reads one: entries {@code {"url": "https://*.example.com/*"}} (or the bare
 * string), read as {@code remote.urls} patterns are ({@link RemoteUrlPattern}: {@code *} wildcards, a missing path,
 * query or fragment matches any). A URL is allowed when an allow entry matches and no deny entry does.
 * {@link #globs} reads them as Tauri's opener plugin does instead: a glob over the whole URL text.
 */
public final class UrlScope {

    private record Pattern(Predicate<String> url, ScopeEntry entry) {}

    private final List<Pattern> allow;
    private final List<Pattern> deny;

    private UrlScope(List<Pattern> allow, List<Pattern> deny) {
        this.allow = List.copyOf(allow);
        this.deny = List.copyOf(deny);
    }

    /**
     * Reads a command's URL scope.
     *
     * @throws dev.tauri4j.config.ConfigException naming the entry's file and JSON path, for an entry that is no URL pattern
     */
    public static UrlScope of(CallScope scope) {
        return of(scope.merged());
    }

    /** Like {@link #of(CallScope)}, for one set of entries. */
    public static UrlScope of(ScopeEntries entries) {
        return new UrlScope(compile(entries.allow(), UrlScope::remote), compile(entries.deny(), UrlScope::remote));
    }

    /**
     * Reads entries as Tauri's opener reads {@code {"url": "https://*"}}: a {@link PathGlob#compileText text glob} over
     * the whole URL, where {@code *} matches any characters ({@code /} too), as the Rust {@code glob} crate's
     * {@code Pattern::matches}; so {@code "https://*"} allows every https URL and {@code "mailto:*"} every mail link.
     */
    public static UrlScope globs(ScopeEntries entries) {
        return new UrlScope(compile(entries.allow(), UrlScope::glob), compile(entries.deny(), UrlScope::glob));
    }

    private static Predicate<String> remote(String raw) {
        return RemoteUrlPattern.parse(raw)::matches;
    }

    private static Predicate<String> glob(String raw) {
        PathGlob glob = PathGlob.compileText(raw);
        return url -> glob.matches(url, false);
    }

    /** Whether {@code url} is allowed: an allow entry matches and no deny entry does. */
    public boolean allows(String url) {
        for (Pattern p : deny) if (p.url().test(url)) return false;
        for (Pattern p : allow) if (p.url().test(url)) return true;
        return false;
    }

    private static List<Pattern> compile(List<ScopeEntry> entries, Function<String, Predicate<String>> reader) {
        List<Pattern> out = new ArrayList<>();
        for (ScopeEntry e : entries) {
            String raw = e.value().text().or(() -> e.value().textField("url")).orElseThrow(() -> e.fail(
                    "must be {\"url\": \"...\"}, found " + e.value().describe() + ". Fix: write e.g. {\"url\": \"https://*.example.com/*\"}"));
            try {
                out.add(new Pattern(reader.apply(raw), e));
            } catch (IllegalArgumentException ex) {
                throw e.fail("\"" + raw + "\" is not a URL pattern: " + ex.getMessage());
            }
        }
        return out;
    }
}
