package dev.tauri4j;

import java.io.Serializable;

/**
 * A command without arguments; {@link Serializable} only for symmetry with {@link Fn1} to {@link Fn5}, since
 * there are no parameter names to read.
 */
@FunctionalInterface
public interface Fn0<R> extends Serializable {

    /** Runs the command. */
    R apply() throws Exception;
}
