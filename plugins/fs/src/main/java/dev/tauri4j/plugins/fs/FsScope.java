package dev.tauri4j.plugins.fs;

import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.PathScope;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.plugin.GrantedPaths;
import java.net.URI;
import java.nio.file.Path;

/**
 * The paths one fs call may touch: the command's and the plugin's global scope entries together (as Tauri merges
 * them), read as path globs, plus the paths granted at run time (what the user picked in a dialog: Tauri's runtime
 * {@code fs_scope()}), which a deny entry still beats. {@link #resolve} turns what the page sent into the real path
 * to operate on, or refuses it before any IO with Tauri's {@code forbidden path: ...}.
 */
public record FsScope(ScopeEntries entries, BaseDirectoryResolver dirs, boolean requireLiteralLeadingDot, GrantedPaths granted) {

    /** The error code of a path outside the scope (the message is Tauri's text). */
    public static final String FORBIDDEN_PATH = "FORBIDDEN_PATH";

    /** A scope with no runtime grants. */
    public FsScope(ScopeEntries entries, BaseDirectoryResolver dirs, boolean requireLiteralLeadingDot) {
        this(entries, dirs, requireLiteralLeadingDot, new GrantedPaths(GrantedPaths.FS));
    }

    /**
     * The real path (links followed, {@code ..} applied) of {@code path}, a path or {@code file:} URL, joined to
     * {@code baseDir} (Tauri's BaseDirectory number) when one is given.
     *
     * @throws CommandException {@link #FORBIDDEN_PATH} when the scope does not allow it, or a deny entry matches
     */
    public Path resolve(String path, Integer baseDir) {
        Path requested = absolute(path, baseDir);
        PathDecision decision = granted.apply(PathScope.of(entries, dirs, requireLiteralLeadingDot).check(requested),
                requireLiteralLeadingDot);
        if (decision instanceof PathDecision.Allowed allowed) return allowed.realPath();
        throw new CommandException(FORBIDDEN_PATH, "forbidden path: " + requested);
    }

    private Path absolute(String path, Integer baseDir) {
        Path p = parse(path);
        if (baseDir == null) {
            if (!p.isAbsolute()) throw new CommandException(FORBIDDEN_PATH, "forbidden path: " + path
                    + " (a relative path needs the baseDir option, e.g. {baseDir: BaseDirectory.AppData})");
            return p;
        }
        BaseDirectory[] all = BaseDirectory.values();
        if (baseDir < 1 || baseDir > all.length) {
            throw new CommandException("INVALID_ARGUMENT", "options.baseDir " + baseDir + " is no BaseDirectory (1 to " + all.length + ")");
        }
        BaseDirectory base = all[baseDir - 1];
        Path dir = dirs.resolve(base).orElseThrow(() -> new CommandException(FORBIDDEN_PATH,
                "forbidden path: " + path + " (this system has no " + base.variable() + " directory)"));
        return dir.resolve(p);
    }

    private static Path parse(String path) {
        try {
            if (path.startsWith("file:")) return Path.of(URI.create(path));
            return Path.of(path);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            throw new CommandException("INVALID_ARGUMENT", "path '" + path + "' is not a valid path: " + e.getMessage());
        }
    }
}
