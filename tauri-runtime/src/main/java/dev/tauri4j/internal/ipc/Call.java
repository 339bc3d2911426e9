package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@link Invocation} the dispatcher hands to a command: one request in its context. */
final class Call implements Invocation {

    private static final JsonNode NO_ARGS = JsonCodec.mapper().createObjectNode();

    private final InvokeRequest request;
    private final CallContext context;
    private final JsonNode args;
    private final byte[] raw;
    private final ScopeSource scope;

    Call(InvokeRequest request, CallContext context) {
        this(request, context, ScopeSource.NONE);
    }

    Call(InvokeRequest request, CallContext context, ScopeSource scope) {
        this.request = Objects.requireNonNull(request, "request");
        this.context = Objects.requireNonNull(context, "context");
        this.scope = Objects.requireNonNull(scope, "scope");
        switch (request.body()) {
            case InvokeBody.Json json -> {
                args = json.args();
                raw = null;
            }
            case InvokeBody.Raw body -> {
                args = NO_ARGS;
                raw = body.bytes();
            }
        }
    }

    /** The arguments object; empty for a raw body. */
    JsonNode argsNode() {
        return args;
    }

    /** The raw body, or null for a JSON call. */
    byte[] raw() {
        return raw;
    }

    CallContext context() {
        return context;
    }

    /** Refuses a non-object arguments value once, so that every later look-up may assume an object. */
    void requireObjectArgs() {
        if (!args.isObject()) {
            throw new CommandException(IpcError.INVALID_ARGUMENT,
                    "command '" + command() + "': the arguments must be a JSON object, found " + Arguments.found(args));
        }
    }

    @Override
    public String command() {
        return request.command();
    }

    @Override
    public Window window() {
        return context.window();
    }

    @Override
    public App app() {
        return context.app();
    }

    @Override
    public <T> T arg(String name, Class<T> type) {
        return arg(name, (Type) type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T arg(String name, Type type) {
        JavaType javaType = Arguments.type(type);
        return (T) argument(name, javaType, Arguments.reader(javaType));
    }

    @Override
    public <T> Optional<T> optionalArg(String name, Class<T> type) {
        return optionalArg(name, (Type) type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> optionalArg(String name, Type type) {
        JavaType javaType = Arguments.type(type);
        return (Optional<T>) optional(name, javaType, Arguments.reader(javaType));
    }

    @Override
    public <T> T args(Class<T> type) {
        requireObjectArgs();
        JavaType javaType = Arguments.type(type);
        @SuppressWarnings("unchecked")
        T value = (T) Arguments.read(Arguments.reader(javaType), args, command(), null, javaType);
        return value;
    }

    @Override
    public byte[] body() {
        return raw;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.header(name));
    }

    @Override
    public <T> Channel<T> channel(String name) {
        JsonNode node = node(name, null);
        if (node == null) {
            throw Arguments.missing(command(), name, "Channel");
        }
        return toChannel(name, node);
    }

    private <T> Channel<T> toChannel(String name, JsonNode node) {
        OptionalLong id = SinkChannel.parseId(node);
        if (id.isEmpty()) {
            throw Arguments.invalid(command(), name, "a Channel (a JS Channel object)", node);
        }
        return new SinkChannel<>(id.getAsLong(), context.sink());
    }

    @Override
    public <T> CommandScope<T> commandScope(Class<T> type) {
        return scope.command(command(), Objects.requireNonNull(type, "type"));
    }

    @Override
    public CommandScope<?> commandScope() {
        return scope.command(command(), null);
    }

    @Override
    public <T> GlobalScope<T> globalScope(Class<T> type) {
        return scope.global(command(), Objects.requireNonNull(type, "type"));
    }

    @Override
    public GlobalScope<?> globalScope() {
        return scope.global(command(), null);
    }

    @Override
    public <T> T state(Class<T> type) {
        Object value = context.state().find(type);
        if (value == null) {
            String hint = BindingRules.isState(type) ? " (a parameter whose type is one of the app's classes or interfaces,"
                    + " neither a record nor an enum, is app state; if " + type.getSimpleName() + " is data from the"
                    + " frontend, make it a record)" : "";
            throw new CommandException(IpcError.MISSING_STATE,
                    "command '" + command() + "': " + context.state().explainMissing(type) + hint);
        }
        return type.cast(value);
    }

    /** A required argument, by the rules of {@link BindingRules}; {@code reader} reads {@code type}. */
    Object argument(String name, JavaType type, ObjectReader reader) {
        if (type.getRawClass() == Channel.class) {
            return channel(name);
        }
        JsonNode node = node(name, type);
        if (node == null) {
            throw missing(name, type);
        }
        if (node.isNull()) {
            if (type.isPrimitive()) {
                throw Arguments.invalid(command(), name, Arguments.describe(type), node);
            }
            return null;
        }
        return convert(name, type, reader, node);
    }

    /** An optional argument of content type {@code type}: empty when absent or null. */
    Optional<Object> optional(String name, JavaType type, ObjectReader reader) {
        JsonNode node = node(name, type);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(convert(name, type, reader, node));
    }

    /**
     * The JSON value of argument {@code name} (of {@code type}, null for a Channel), or null when absent; a raw body
     * or non-object arguments fail.
     */
    private JsonNode node(String name, JavaType type) {
        if (raw != null) {
            String label = type == null ? "Channel" : Arguments.describe(type);
            throw new CommandException(IpcError.INVALID_ARGUMENT, "command '" + command() + "': argument '" + name
                    + "' (" + label + ") cannot be bound: the call sent a raw binary body, which binds only to a"
                    + " command's single byte[] parameter");
        }
        requireObjectArgs();
        return args.get(name);
    }

    private Object convert(String name, JavaType type, ObjectReader reader, JsonNode node) {
        if (type.getRawClass() == byte[].class) {
            return Arguments.bytes(node, command(), name);
        }
        if (type.getRawClass() == Channel.class) {
            return toChannel(name, node);
        }
        return Arguments.read(reader, node, command(), name, type);
    }

    /** MISSING_ARGUMENT, saying how to write the call when it looks like an old habit or a mix-up with state. */
    private CommandException missing(String name, JavaType type) {
        Class<?> rawType = type.getRawClass();
        CommandException plain = Arguments.missing(command(), name, Arguments.describe(type));
        String hint = "";
        if (rawType.isRecord()) {
            List<String> fields = Arrays.stream(rawType.getRecordComponents()).map(RecordComponent::getName)
                    .filter(args::has).toList();
            if (!fields.isEmpty()) {
                hint = "; the arguments hold fields of " + rawType.getSimpleName() + " (" + String.join(", ", fields)
                        + ") at the top level, but every argument is taken by its name, as in Tauri: invoke('"
                        + command() + "', { " + name + ": { " + String.join(", ", fields) + " } })";
            }
        }
        if (hint.isEmpty() && context.state().find(rawType) != null) {
            hint = "; " + rawType.getSimpleName() + " is managed as app state, but only a parameter of one of the"
                    + " app's classes or interfaces (not a record or enum) is injected as state: take Invocation call and"
                    + " read call.state(" + rawType.getSimpleName() + ".class)";
        }
        return hint.isEmpty() ? plain : new CommandException(IpcError.MISSING_ARGUMENT, plain.getMessage() + hint);
    }

    @Override
    public String toString() {
        return "Invocation[" + command() + ", " + request.body() + "]";
    }
}
