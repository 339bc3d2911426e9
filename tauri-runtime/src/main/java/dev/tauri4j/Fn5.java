package dev.tauri4j;

import java.io.Serializable;

/**
 * A command with 5 arguments, bound by parameter name; {@link Serializable} so that the runtime can read the
 * names and generic types of a lambda's parameters (on first call, from its class file).
 */
@FunctionalInterface
public interface Fn5<A, B, C, D, E, R> extends Serializable {

    /** Runs the command. */
    R apply(A a, B b, C c, D d, E e) throws Exception;
}
