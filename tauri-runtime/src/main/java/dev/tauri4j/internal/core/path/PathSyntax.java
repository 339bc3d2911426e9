package dev.tauri4j.internal.core.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unix path text the way Tauri's {@code plugin:path} commands treat it (Rust's {@code std::path} rules): components,
 * normalisation without touching the file system, parent, file name and extension.
 */
final class PathSyntax {

    /**
     * A path split into parts.
     *
     * @param absolute starts at the root
     * @param leadingDot starts with a "." component (only a leading one counts, as in Rust)
     * @param parts the other components in order, ".." kept
     */
    record Parts(boolean absolute, boolean leadingDot, List<String> parts) {}

    private PathSyntax() {}

    static Parts parse(String path) {
        boolean absolute = path.startsWith("/");
        boolean leadingDot = !absolute && (path.equals(".") || path.startsWith("./"));
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/+")) {
            if (!s.isEmpty() && !s.equals(".")) parts.add(s);
        }
        return new Parts(absolute, leadingDot, parts);
    }

    /** Removes "." and resolves ".." lexically; ".." at the start (or at the root) is dropped, as Tauri does. */
    static String normalize(String path) {
        Parts p = parse(path);
        List<String> out = new ArrayList<>();
        for (String s : p.parts()) {
            if (s.equals("..")) {
                if (!out.isEmpty()) out.removeLast();
            } else {
                out.add(s);
            }
        }
        return (p.absolute() ? "/" : "") + String.join("/", out);
    }

    /** {@code plugin:path|normalize}: as {@link #normalize(String)}, keeping a trailing slash and the bare "." and "..". */
    static String normalizeCommand(String path) {
        String p = normalize(path);
        if (p.isEmpty() && (path.equals("..") || path.equals("."))) return path;
        if ((path.endsWith("/") || path.endsWith("\\")) && !p.endsWith("/")) p += "/";
        return p;
    }

    /** {@code plugin:path|join}: the parts glued with "/", then normalised; "." when nothing is left. */
    static String join(List<String> paths) {
        StringBuilder sb = new StringBuilder();
        for (String p : paths) {
            sb.append(p);
            if (!p.endsWith("/") && !p.endsWith("\\")) sb.append('/');
        }
        String p = normalize(sb.toString());
        return p.isEmpty() ? "." : p;
    }

    /** {@code plugin:path|resolve}: from {@code cwd}, each absolute part restarts the path; then normalised. */
    static String resolve(String cwd, List<String> paths) {
        String cur = cwd;
        for (String p : paths) cur = p.startsWith("/") ? p : cur + "/" + p;
        return normalize(cur);
    }

    /** The parent path, or empty for the root and the empty path. */
    static Optional<String> parent(String path) {
        Parts p = parse(path);
        if (p.parts().isEmpty()) {
            return p.leadingDot() ? Optional.of("") : Optional.empty();
        }
        List<String> rest = p.parts().subList(0, p.parts().size() - 1);
        String prefix = p.absolute() ? "/" : p.leadingDot() ? (rest.isEmpty() ? "." : "./") : "";
        return Optional.of(prefix + String.join("/", rest));
    }

    /** The last component unless it is ".." (Rust's file_name). */
    static Optional<String> fileName(String path) {
        Parts p = parse(path);
        if (p.parts().isEmpty()) return Optional.empty();
        String last = p.parts().getLast();
        return last.equals("..") ? Optional.empty() : Optional.of(last);
    }

    /** The text after the last dot of the file name; none for "name" and ".hidden", "" for "name.". */
    static Optional<String> extension(String path) {
        return fileName(path).flatMap(name -> {
            int dot = name.lastIndexOf('.');
            return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot + 1));
        });
    }
}
