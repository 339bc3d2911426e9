package dev.tauri4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a command the frontend can {@code invoke}; tauri4j's annotation processor
 * ({@code dev.tauri4j:tauri-processor}) turns it into a {@link CommandRegistrar} and a typed {@code bindings.ts}.
 *
 * <pre>{@code
 * public final class Todos {
 *     @Command
 *     public List<Todo> list(TodoStore store, Optional<String> filter) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters bind by the same rules as a lambda command's (Tauri's; see {@code docs/command-arguments.md}):
 * each argument by its name from the call's arguments object, a lone record included. These are injected by type
 * instead and do not appear in the TypeScript signature: {@link App}, {@link Window}, {@link Invocation}, and any
 * class or interface of the app that is neither a record nor an enum (app state, see {@link Tauri.Builder#manage}).
 * A {@link Channel} parameter is the JS {@code Channel} passed under its name. An instance method runs on the
 * managed state of its class when there is one, otherwise on one instance made with the class's public no-arg
 * constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Command {

    /** The name JS invokes; the method name when empty. */
    String value() default "";
}
