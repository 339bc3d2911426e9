package dev.tauri4j.plugin;

import dev.tauri4j.config.scope.PathDecision;
import dev.tauri4j.config.scope.PathGlob;
import dev.tauri4j.config.scope.RealPath;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Paths granted while the app runs, on top of what capabilities allow: Tauri's runtime scopes (the fs plugin's
 * {@code fs_scope().allow_file(...)}, the asset protocol's {@code Scopes::allow_file}). The dialog plugin grants
 * what the user picks; the fs plugin and the asset protocol consult the grants when a path is outside their scope
 * entries. A grant never beats a deny entry, and it lasts until the app exits (nothing is persisted).
 *
 * <p>One set per scope name, shared by every plugin through {@link dev.tauri4j.App#grantedPaths(String)}, so that a
 * plugin can widen another's scope without depending on it; granting to a scope no plugin reads does nothing.
 * Safe to use from any thread.
 */
public final class GrantedPaths {

    /** The fs plugin's runtime scope (read by {@code dev.tauri4j.plugins:fs}). */
    public static final String FS = "fs";
    /** The asset protocol's scope ({@code convertFileSrc} URLs, {@code app.security.assetProtocol}). */
    public static final String ASSET_PROTOCOL = "asset";

    private record Grant(PathGlob glob, ScopeEntry entry) {}

    private final String scope;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();

    /** An empty set for the scope {@code scope} (the runtime keeps one per name; tests make their own). */
    public GrantedPaths(String scope) {
        this.scope = scope;
    }

    /** Allows the file {@code file} itself (Tauri's {@code allow_file}). */
    public void allowFile(Path file) {
        add(file, null);
    }

    /**
     * Allows the directory {@code dir} and its entries (Tauri's {@code allow_directory}): with {@code recursive},
     * everything below it; without, only the entries directly inside it.
     */
    public void allowDirectory(Path dir, boolean recursive) {
        add(dir, recursive ? "**" : "*");
    }

    /** Whether nothing has been granted. */
    public boolean isEmpty() {
        return grants.isEmpty();
    }

    /**
     * The decision with the grants applied: a path outside the scope entries that a grant covers is allowed; an
     * allowed or denied path stays as it is, so that a deny entry wins over a grant as over any allow entry.
     *
     * @param requireLiteralLeadingDot as for the scope the decision came from: wildcards of a directory grant skip
     *                                 names that start with a dot
     */
    public PathDecision apply(PathDecision decision, boolean requireLiteralLeadingDot) {
        if (!(decision instanceof PathDecision.OutOfScope out) || grants.isEmpty()) return decision;
        // an OutOfScope path may be one whose links could not be followed: only a resolved path can match
        Optional<Path> real = RealPath.of(out.realPath());
        if (real.isEmpty() || !real.get().equals(out.realPath())) return decision;
        String text = slashes(real.get());
        for (Grant g : grants) {
            if (g.glob().matches(text, requireLiteralLeadingDot)) return new PathDecision.Allowed(real.get(), g.entry());
        }
        return decision;
    }

    private void add(Path path, String below) {
        if (!path.isAbsolute()) throw new IllegalArgumentException("a granted path must be absolute: " + path);
        Path written = path.normalize();
        addPatterns(written, below);
        // a path is checked on its real path, so a grant of a path through a link must name where the link leads
        RealPath.of(written).filter(real -> !real.equals(written)).ifPresent(real -> addPatterns(real, below));
    }

    private void addPatterns(Path path, String below) {
        String literal = PathGlob.escape(slashes(path));
        grants.add(grant(literal));
        if (below != null) grants.add(grant((literal.endsWith("/") ? literal : literal + "/") + below));
    }

    private Grant grant(String glob) {
        return new Grant(PathGlob.compile(glob), new ScopeEntry(new ScopeValue.Str(glob), "granted at run time", scope));
    }

    private static String slashes(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }
}
