package dev.tauri4j.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Command} method as the generators see it.
 *
 * @param name         the name it is registered under ({@code greet}; in a plugin's namespace for a plugin command)
 * @param plugin       the plugin whose namespace it is in ({@code @PluginCommands}), or null for an app command
 * @param function     the TypeScript function's name
 * @param packageName  the package of its class ("" for the unnamed package)
 * @param owner        the class's canonical name
 * @param method       the method's name
 * @param receiver     how the method's instance is found
 * @param params       the parameters in order
 * @param result       the result as JSON (a future's value for a {@code CompletionStage})
 * @param javaResult   the declared result type, for commands.json
 * @param doc          the javadoc, parsed
 * @param element      the method, for error messages
 */
record CommandModel(String name, String plugin, String function, String packageName, String owner, String method, Receiver receiver,
                    List<Param> params, Shape result, String javaResult, DocComment doc, ExecutableElement element) {

    /** Where the method's {@code this} comes from. */
    enum Receiver {
        /** A static method. */
        STATIC,
        /** Managed state of the class if any, else one instance from the public no-arg constructor. */
        STATE_OR_NEW,
        /** Managed state of the class only (it has no public no-arg constructor). */
        STATE,
        /** The plugin instance the app added (an instance method of a {@code @PluginCommands} plugin class). */
        PLUGIN
    }

    /** The name JS invokes: {@code plugin:echo|greet} for a plugin command, else {@link #name()}. */
    String invokeName() {
        return plugin == null ? name : "plugin:" + plugin + "|" + name;
    }

    /** Where a parameter's value comes from. */
    enum Kind {
        APP, WINDOW, INVOCATION, STATE, CHANNEL,
        /** The call's {@code CommandScope<T>} / {@code GlobalScope<T>}; {@code typeExpr} is {@code T}'s class, or null for the plugin's type. */
        COMMAND_SCOPE, GLOBAL_SCOPE,
        /** A required argument. */
        VALUE,
        /** An {@code Optional<T>} argument: absent or null is empty. */
        OPTIONAL,
        /** A nullable argument: absent or null is null. */
        NULLABLE,
        /** The only argument, a {@code byte[]}: sent as the raw binary body. */
        RAW_BYTES
    }

    /**
     * One parameter.
     *
     * @param name     its name, which is also the JS argument key
     * @param kind     where its value comes from
     * @param shape    its wire shape (for CHANNEL, the message type); null for injected ones
     * @param javaType the Java type as source text, e.g. {@code java.util.List<com.example.Todo>}
     * @param typeExpr a {@code java.lang.reflect.Type} expression for the value: a class literal or {@code Types.of(...)}
     */
    record Param(String name, Kind kind, Shape shape, String javaType, String typeExpr) {

        /** Whether the frontend passes it (as opposed to it being injected). */
        boolean fromJs() {
            return switch (kind) {
                case APP, WINDOW, INVOCATION, STATE, COMMAND_SCOPE, GLOBAL_SCOPE -> false;
                default -> true;
            };
        }

        /** The TypeScript type of the argument. */
        String ts() {
            return kind == Kind.CHANNEL ? "Channel<" + Shape.ts(shape, false) + ">" : Shape.ts(shape, true);
        }
    }

    /** The parameters the frontend passes. */
    List<Param> jsParams() {
        return params.stream().filter(Param::fromJs).toList();
    }
}
