package dev.tauri4j.config.scope;

import java.nio.file.Path;

/** What a {@link PathScope} says about one path; each answer carries the real path the check was made on. */
public sealed interface PathDecision {

    /** The path that was checked: symlinks and {@code ..} resolved. Operate on this one, not on the path asked about. */
    Path realPath();

    /** Whether the path may be used. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** An allow entry matches and no deny entry does. */
    record Allowed(Path realPath, ScopeEntry entry) implements PathDecision {}

    /** A deny entry matches; it wins over any allow entry. */
    record Denied(Path realPath, ScopeEntry entry) implements PathDecision {}

    /** No allow entry matches (or the path is relative, or a link on its way cannot be followed). */
    record OutOfScope(Path realPath) implements PathDecision {}
}
