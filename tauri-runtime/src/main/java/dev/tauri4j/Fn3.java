package dev.tauri4j;

import java.io.Serializable;

/**
 * A command with 3 arguments, bound by parameter name; {@link Serializable} so that the runtime can read the
 * names and generic types of a lambda's parameters (on first call, from its class file).
 */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {

    /** Runs the command. */
    R apply(A a, B b, C c) throws Exception;
}
