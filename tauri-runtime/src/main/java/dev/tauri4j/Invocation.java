package dev.tauri4j;

import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import java.lang.reflect.Type;
import java.util.Optional;

/** One call of a command from the frontend: its arguments, body, window, app and state. */
public interface Invocation {

    /** The command name JS invoked. */
    String command();

    /** The window whose page made the call. */
    Window window();

    /** The running app. */
    App app();

    /**
     * The argument {@code name} (JS keys are camelCase) converted to {@code type}. Throws a
     * {@link CommandException} with code {@code MISSING_ARGUMENT} when it is absent and
     * {@code INVALID_ARGUMENT} when it does not fit the type or the call sent a raw body (see {@link #body()}).
     * JSON null is null (for a primitive type, {@code INVALID_ARGUMENT}). The rules are those of lambda commands
     * and {@code @Command} methods, which read their arguments through the same code: docs/command-arguments.md.
     */
    <T> T arg(String name, Class<T> type);

    /** As {@link #arg(String, Class)} for generic types such as {@code new TypeReference<List<Todo>>() {}.getType()}. */
    <T> T arg(String name, Type type);

    /** The argument {@code name}, or empty when it is absent or JSON null. */
    <T> Optional<T> optionalArg(String name, Class<T> type);

    /** As {@link #optionalArg(String, Class)} for generic types. */
    <T> Optional<T> optionalArg(String name, Type type);

    /** The whole arguments object bound to a record or bean, by component or property name. */
    <T> T args(Class<T> type);

    /** The raw binary body when JS invoked with a {@code Uint8Array} or {@code ArrayBuffer}, otherwise null. */
    byte[] body();

    /**
     * The header {@code name} (any case) JS passed with {@code invoke(cmd, args, {headers: {...}})}, as Tauri's
     * {@code Request::headers()}; empty when the call sent none of that name. {@code @tauri-apps/plugin-fs} sends
     * {@code writeFile}'s path and options this way next to a raw body.
     */
    Optional<String> header(String name);

    /** The JS {@code Channel} passed as argument {@code name}. */
    <T> Channel<T> channel(String name);

    /**
     * This call's command scope (the entries on the permissions that grant it, for the calling window and page), each
     * entry read as {@code type}; an entry that does not fit fails with {@code INVALID_SCOPE}, naming its file.
     */
    <T> CommandScope<T> commandScope(Class<T> type);

    /** This call's command scope read as the plugin's {@link dev.tauri4j.plugin.Plugin#scopeType()}. */
    CommandScope<?> commandScope();

    /** The global scope of the command's plugin (its scope-only permissions), each entry read as {@code type}. */
    <T> GlobalScope<T> globalScope(Class<T> type);

    /** The global scope read as the plugin's {@link dev.tauri4j.plugin.Plugin#scopeType()}. */
    GlobalScope<?> globalScope();

    /** The app state managed for {@code type}; throws a {@link CommandException} when there is none. */
    <T> T state(Class<T> type);
}
