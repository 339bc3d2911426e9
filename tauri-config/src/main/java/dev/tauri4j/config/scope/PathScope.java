package dev.tauri4j.config.scope;

import dev.tauri4j.config.DidYouMean;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path scope as Tauri's fs plugin, asset protocol, opener and shell read one: each entry is a glob string or
 * {@code {"path": "..."}}, may start with a base-directory variable ({@code $APPDATA/**}), and a path is allowed when
 * an allow entry matches it and no deny entry does. Paths are checked after {@link RealPath} resolution, so that
 * neither {@code ..} nor a symbolic link leads out of the scope; patterns are matched both as written and with
 * their literal folder resolved the same way (so {@code $TEMP/**} still matches when {@code $TEMP} is a link).
 */
public final class PathScope {

    private record Pattern(PathGlob glob, ScopeEntry entry) {}

    private final List<Pattern> allow;
    private final List<Pattern> deny;
    private final boolean requireLiteralLeadingDot;

    private PathScope(List<Pattern> allow, List<Pattern> deny, boolean requireLiteralLeadingDot) {
        this.allow = List.copyOf(allow);
        this.deny = List.copyOf(deny);
        this.requireLiteralLeadingDot = requireLiteralLeadingDot;
    }

    /**
     * Reads the entries of a command's scope (command and global entries together).
     *
     * @param requireLiteralLeadingDot whether wildcards skip names that start with a dot; see {@link #defaultRequireLiteralLeadingDot()}
     * @throws dev.tauri4j.config.ConfigException naming the entry's file and JSON path, for an entry that is no path glob
     */
    public static PathScope of(CallScope scope, BaseDirectoryResolver dirs, boolean requireLiteralLeadingDot) {
        return of(scope.merged(), dirs, requireLiteralLeadingDot);
    }

    /** Like {@link #of(CallScope, BaseDirectoryResolver, boolean)}, for one set of entries. */
    public static PathScope of(ScopeEntries entries, BaseDirectoryResolver dirs, boolean requireLiteralLeadingDot) {
        List<Pattern> allow = new ArrayList<>();
        for (ScopeEntry e : entries.allow()) compile(e, dirs, allow);
        List<Pattern> deny = new ArrayList<>();
        for (ScopeEntry e : entries.deny()) compile(e, dirs, deny);
        return new PathScope(allow, deny, requireLiteralLeadingDot);
    }

    /** Tauri's default for {@code requireLiteralLeadingDot}: on where dotfiles are hidden files (Unix), off on Windows. */
    public static boolean defaultRequireLiteralLeadingDot() {
        return File.separatorChar == '/';
    }

    /** Checks an absolute path (a relative one is {@link PathDecision.OutOfScope}: resolve it against its base directory first). */
    public PathDecision check(Path path) {
        Optional<Path> real = RealPath.of(path);
        if (real.isEmpty()) return new PathDecision.OutOfScope(path);
        String text = slashes(real.get());
        for (Pattern p : deny) if (p.glob().matches(text, requireLiteralLeadingDot)) return new PathDecision.Denied(real.get(), p.entry());
        for (Pattern p : allow) if (p.glob().matches(text, requireLiteralLeadingDot)) return new PathDecision.Allowed(real.get(), p.entry());
        return new PathDecision.OutOfScope(real.get());
    }

    /** Whether {@code path} is allowed; see {@link #check(Path)}. */
    public boolean allows(Path path) {
        return check(path).allowed();
    }

    /** The allow patterns after variable substitution, as matched (for messages and tests). */
    public List<String> allowPatterns() {
        return allow.stream().map(p -> p.glob().toString()).toList();
    }

    /** The deny patterns after variable substitution, as matched. */
    public List<String> denyPatterns() {
        return deny.stream().map(p -> p.glob().toString()).toList();
    }

    private static void compile(ScopeEntry entry, BaseDirectoryResolver dirs, List<Pattern> out) {
        String fix = "Fix: write e.g. \"$APPDATA/**\" or {\"path\": \"$APPDATA/**\"}";
        String raw = entry.value().text().or(() -> entry.value().textField("path")).orElseThrow(() -> entry.fail(
                "must be a path glob (a string) or {\"path\": \"...\"}, found " + entry.value().describe() + ". " + fix));
        if (raw.isBlank()) throw entry.fail("is an empty path. " + fix);
        String[] parts = raw.replace('\\', '/').split("/", -1);
        Path base;
        int next;
        if (parts[0].startsWith("$")) {
            Optional<BaseDirectory> dir = BaseDirectory.ofVariable(parts[0]);
            if (dir.isEmpty()) {
                String close = DidYouMean.closest(parts[0], BaseDirectory.variables(), 3);
                throw entry.fail("\"" + raw + "\" starts with " + parts[0] + ", which is not a base directory variable. Fix: "
                        + (close != null ? "did you mean " + close + "? " : "") + "use one of " + String.join(", ", BaseDirectory.variables()));
            }
            Optional<Path> resolved = dirs.resolve(dir.get());
            if (resolved.isEmpty()) return; // this machine has no such folder: the entry can match nothing, as in Tauri
            base = resolved.get().toAbsolutePath().normalize();
            next = 1;
        } else if (parts[0].isEmpty()) {
            base = Path.of("/");
            next = 1;
        } else {
            throw entry.fail("\"" + raw + "\" is a relative path, which matches nothing. Fix: start it with a base directory "
                    + "variable such as \"$APPDATA/" + raw + "\", or write an absolute path");
        }
        List<String> rest = new ArrayList<>();
        for (int i = next; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                throw entry.fail("\"" + raw + "\" contains \"..\"; a scope names folders downwards only. Fix: write the folder it means "
                        + "without \"..\", e.g. \"$HOME/Documents/**\"");
            }
            rest.add(p);
        }
        Path literal = base;
        int firstGlob = 0;
        while (firstGlob < rest.size() && !hasGlob(rest.get(firstGlob))) literal = literal.resolve(rest.get(firstGlob++));
        List<String> globs = rest.subList(firstGlob, rest.size());
        try {
            PathGlob written = PathGlob.compile(join(literal, globs));
            out.add(new Pattern(written, entry));
            Optional<Path> real = RealPath.of(literal);
            if (real.isPresent() && !real.get().equals(literal)) out.add(new Pattern(PathGlob.compile(join(real.get(), globs)), entry));
        } catch (IllegalArgumentException e) {
            throw entry.fail("\"" + raw + "\" is not a valid glob " + e.getMessage());
        }
    }

    private static boolean hasGlob(String component) {
        return component.indexOf('*') >= 0 || component.indexOf('?') >= 0 || component.indexOf('[') >= 0;
    }

    private static String join(Path literal, List<String> globs) {
        String head = PathGlob.escape(slashes(literal));
        if (globs.isEmpty()) return head;
        return (head.endsWith("/") ? head : head + "/") + String.join("/", globs);
    }

    private static String slashes(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }
}
