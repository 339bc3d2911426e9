package dev.tauri4j.config.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code allow} and {@code deny} entries of a scope (Tauri's {@code Scopes}). A plugin must let a deny entry win
 * over any allow entry, and allow nothing when there is no allow entry.
 *
 * @param allow what the scope allows, in file order
 * @param deny  what it denies
 */
public record ScopeEntries(List<ScopeEntry> allow, List<ScopeEntry> deny) {

    /** No entries. */
    public static final ScopeEntries EMPTY = new ScopeEntries(List.of(), List.of());

    public ScopeEntries {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    /** Whether it holds no entry at all. */
    public boolean isEmpty() {
        return allow.isEmpty() && deny.isEmpty();
    }

    /** These entries followed by {@code other}'s. */
    public ScopeEntries plus(ScopeEntries other) {
        if (other.isEmpty()) return this;
        if (isEmpty()) return other;
        List<ScopeEntry> a = new ArrayList<>(allow);
        a.addAll(other.allow);
        List<ScopeEntry> d = new ArrayList<>(deny);
        d.addAll(other.deny);
        return new ScopeEntries(a, d);
    }
}
