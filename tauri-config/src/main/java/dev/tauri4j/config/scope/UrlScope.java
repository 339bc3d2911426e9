package dev.tauri4j.config.scope;

import dev.tauri4j.config.capability.RemoteUrlPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A URL scope as Tauri's http plugin reads one: entries {@code {"url": "https://*.example.com/*"}} (or the bare
 * string), read as {@code remote.urls} patterns are ({@link RemoteUrlPattern}: {@code *} wildcards, a missing path,
 * query or fragment matches any). A URL is allowed when an allow entry matches and no deny entry does.
 */
public final class UrlScope {

    private record Pattern(RemoteUrlPattern url, ScopeEntry entry) {}

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
        return new UrlScope(compile(entries.allow()), compile(entries.deny()));
    }

    /** Whether {@code url} is allowed: an allow entry matches and no deny entry does. */
    public boolean allows(String url) {
        for (Pattern p : deny) if (p.url().matches(url)) return false;
        for (Pattern p : allow) if (p.url().matches(url)) return true;
        return false;
    }

    private static List<Pattern> compile(List<ScopeEntry> entries) {
        List<Pattern> out = new ArrayList<>();
        for (ScopeEntry e : entries) {
            String raw = e.value().text().or(() -> e.value().textField("url")).orElseThrow(() -> e.fail(
                    "must be {\"url\": \"...\"}, found " + e.value().describe() + ". Fix: write e.g. {\"url\": \"https://*.example.com/*\"}"));
            try {
                out.add(new Pattern(RemoteUrlPattern.parse(raw), e));
            } catch (IllegalArgumentException ex) {
                throw e.fail("\"" + raw + "\" is not a URL pattern: " + ex.getMessage());
            }
        }
        return out;
    }
}
