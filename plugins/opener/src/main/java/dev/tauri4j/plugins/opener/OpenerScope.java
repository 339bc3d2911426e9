package dev.tauri4j.plugins.opener;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.config.scope.UrlScope;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The opener's scope as Tauri reads it: each entry is {@code {"url": "<glob>", "app": ...}} or
 * {@code {"path": "<path glob>", "app": ...}}, where {@code app} says which {@code with} the entry allows (absent or
 * null: only the default app; {@code true}: any; {@code false}: none; a string: exactly that program). A URL is
 * allowed when an allow entry whose glob and app match it exists and no such deny entry does; a path when the path
 * scope of all path entries allows it and an allow path entry's app matches (Tauri's rules, which ignore a deny
 * entry's app for paths).
 *
 * @param entries the command and global entries together
 * @param dirs    where the path variables ({@code $HOME}, ...) are
 */
record OpenerScope(ScopeEntries entries, BaseDirectoryResolver dirs) {

    /** Whether {@code url} may be opened with {@code with} (null: the default app). */
    boolean allowsUrl(String url, String with) {
        ScopeEntries urls = select("url", with);
        return read(() -> UrlScope.globs(urls).allows(url));
    }

    /** Whether {@code path} (absolute) may be opened with {@code with} (null: the default app). */
    boolean allowsPath(Path path, String with) {
        ScopeEntries paths = select("path", null, true);
        boolean app = paths.allow().stream().anyMatch(e -> appMatches(e, with));
        return app && read(() -> PathScope.of(paths, dirs, PathScope.defaultRequireLiteralLeadingDot()).allows(path));
    }

    private ScopeEntries select(String kind, String with) {
        return select(kind, with, false);
    }

    /** The entries of one kind, and (unless {@code anyApp}) only those whose app allows {@code with}. */
    private ScopeEntries select(String kind, String with, boolean anyApp) {
        Predicate<ScopeEntry> keep = e -> kind(e).equals(kind) && (anyApp || appMatches(e, with));
        return read(() -> new ScopeEntries(entries.allow().stream().filter(keep).toList(), entries.deny().stream().filter(keep).toList()));
    }

    private static String kind(ScopeEntry e) {
        if (e.value().textField("url").isPresent()) return "url";
        if (e.value().textField("path").isPresent()) return "path";
        throw e.fail("must be {\"url\": \"...\"} or {\"path\": \"...\"}, found " + e.value().describe()
                + ". Fix: write e.g. {\"url\": \"https://example.com/*\"} or {\"path\": \"$DOCUMENT/**\"}");
    }

    private static boolean appMatches(ScopeEntry e, String with) {
        ScopeValue app = e.value().field("app").orElse(new ScopeValue.Null());
        return switch (app) {
            case ScopeValue.Null n -> with == null;
            case ScopeValue.Bool b -> b.value();
            case ScopeValue.Str s -> s.value().equals(with);
            default -> throw e.fail("has \"app\": " + app.describe() + ". Fix: leave it out (the default app), write true (any app)"
                    + " or the program's name, e.g. \"app\": \"firefox\"");
        };
    }

    private static <T> T read(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ConfigException e) {
            throw new CommandException("INVALID_SCOPE", e.getMessage());
        }
    }

}
