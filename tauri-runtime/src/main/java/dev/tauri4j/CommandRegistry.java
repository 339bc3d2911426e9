package dev.tauri4j;

import dev.tauri4j.internal.ipc.FnCommand;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's commands by name. Lambdas and method references ({@code Fn0..Fn5}) bind JS arguments by
 * parameter name; a {@link CommandHandler} reads them itself. A {@link #namespace} view registers into the same
 * registry under a prefix: that is how a plugin's commands become {@code plugin:<name>|<command>}.
 */
public final class CommandRegistry {

    private final ConcurrentHashMap<String, CommandHandler> commands;
    private final String prefix;

    /** An empty registry. */
    public CommandRegistry() {
        this(new ConcurrentHashMap<>(), "");
    }

    private CommandRegistry(ConcurrentHashMap<String, CommandHandler> commands, String prefix) {
        this.commands = commands;
        this.prefix = prefix;
    }

    /**
     * A view of this registry whose registrations get {@code prefix} before their name ({@code plugin:echo|}); its
     * {@link #find} and {@link #names} still see full names.
     */
    public CommandRegistry namespace(String prefix) {
        return new CommandRegistry(commands, this.prefix + Objects.requireNonNull(prefix, "prefix"));
    }

    /** Registers a command in its explicit form. */
    public CommandRegistry handler(String name, CommandHandler handler) {
        return add(name, Objects.requireNonNull(handler, "handler"));
    }

    /** Registers a command without arguments. */
    public <R> CommandRegistry command(String name, Fn0<R> fn) {
        return add(name, fn, 0);
    }

    /** Registers a command with one argument, bound by its parameter name. */
    public <A, R> CommandRegistry command(String name, Fn1<A, R> fn) {
        return add(name, fn, 1);
    }

    /** Registers a command with two arguments, bound by their parameter names. */
    public <A, B, R> CommandRegistry command(String name, Fn2<A, B, R> fn) {
        return add(name, fn, 2);
    }

    /** Registers a command with three arguments, bound by their parameter names. */
    public <A, B, C, R> CommandRegistry command(String name, Fn3<A, B, C, R> fn) {
        return add(name, fn, 3);
    }

    /** Registers a command with four arguments, bound by their parameter names. */
    public <A, B, C, D, R> CommandRegistry command(String name, Fn4<A, B, C, D, R> fn) {
        return add(name, fn, 4);
    }

    /** Registers a command with five arguments, bound by their parameter names. */
    public <A, B, C, D, E, R> CommandRegistry command(String name, Fn5<A, B, C, D, E, R> fn) {
        return add(name, fn, 5);
    }

    /** The command registered under {@code name}. */
    public Optional<CommandHandler> find(String name) {
        return Optional.ofNullable(name == null ? null : commands.get(name));
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(commands.keySet()));
    }

    private CommandRegistry add(String name, Object fn, int arity) {
        validate(name);
        return add(name, new FnCommand(prefix + name, Objects.requireNonNull(fn, "fn"), arity));
    }

    private CommandRegistry add(String local, CommandHandler handler) {
        validate(local);
        String name = prefix + local;
        if (commands.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("command '" + name + "' is already registered; each name can have one command");
        }
        return this;
    }

    private static void validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a command name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("command name '" + name + "' must not contain whitespace or control characters");
            }
        }
    }
}
