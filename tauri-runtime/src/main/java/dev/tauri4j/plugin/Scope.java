package dev.tauri4j.plugin;

import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.UrlScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The scope entries one call runs with, each read as the plugin's scope type: what its capabilities allow and deny
 * for the calling window and page. A deny entry always wins, and with no allow entry nothing is allowed; the checks
 * here ({@link #allows(Predicate)}, {@link #checkPath(Path)}, {@link #allowsUrl(String)}) keep both rules.
 *
 * @param <T> the entry type: the parameter's type argument, or {@link Plugin#scopeType()} when the compiler kept none
 */
public abstract sealed class Scope<T> permits CommandScope, GlobalScope {

    private final List<T> allowed;
    private final List<T> denied;
    private final ScopeEntries entries;
    private final BaseDirectoryResolver dirs;

    Scope(List<T> allowed, List<T> denied, ScopeEntries entries, BaseDirectoryResolver dirs) {
        this.allowed = List.copyOf(allowed);
        this.denied = List.copyOf(denied);
        this.entries = Objects.requireNonNull(entries, "entries");
        this.dirs = Objects.requireNonNull(dirs, "dirs");
    }

    /** The allow entries, in capability order (permission file entries first). */
    public List<T> allowed() {
        return allowed;
    }

    /** The deny entries; each one wins over any allow entry. */
    public List<T> denied() {
        return denied;
    }

    /** The entries as written, each with its file and JSON path (for error messages: {@code ScopeEntry.fail}). */
    public ScopeEntries entries() {
        return entries;
    }

    /** Whether {@code matches} accepts an allow entry and no deny entry: the rule for a plugin's own scope type. */
    public boolean allows(Predicate<? super T> matches) {
        return denied.stream().noneMatch(matches) && allowed.stream().anyMatch(matches);
    }

    /**
     * Checks a path against entries read as Tauri's path scopes ({@code "$APPDATA/**"} or {@code {"path": ...}}), with
     * the platform's base directories and Tauri's default {@code requireLiteralLeadingDot}; operate on the real path
     * an {@link PathDecision.Allowed} returns. An entry that is no path fails with its file and JSON path.
     */
    public PathDecision checkPath(Path path) {
        return PathScope.of(entries, dirs, PathScope.defaultRequireLiteralLeadingDot()).check(path);
    }

    /** Whether {@link #checkPath(Path)} allows {@code path}. */
    public boolean allowsPath(Path path) {
        return checkPath(path) instanceof PathDecision.Allowed;
    }

    /** Whether entries read as URL patterns ({@code {"url": "https://*.example.com/*"}}) allow {@code url}. */
    public boolean allowsUrl(String url) {
        return UrlScope.of(entries).allows(url);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[allowed=" + allowed + ", denied=" + denied + "]";
    }
}
