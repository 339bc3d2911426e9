package dev.tauri4j.ipc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import java.lang.reflect.Type;
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

    Call(InvokeRequest request, CallContext context) {
        this.request = Objects.requireNonNull(request, "request");
        this.context = Objects.requireNonNull(context, "context");
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
    public <T> T arg(String name, Type type) {
        requireObjectArgs();
        JavaType javaType = Arguments.type(type);
        JsonNode node = args.get(name);
        if (node == null) {
            throw Arguments.missing(command(), name, Arguments.describe(javaType));
        }
        return convert(name, javaType, node);
    }

    @Override
    public <T> Optional<T> optionalArg(String name, Class<T> type) {
        return optionalArg(name, (Type) type);
    }

    @Override
    public <T> Optional<T> optionalArg(String name, Type type) {
        requireObjectArgs();
        JsonNode node = args.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(convert(name, Arguments.type(type), node));
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
    public <T> Channel<T> channel(String name) {
        requireObjectArgs();
        JsonNode node = args.get(name);
        if (node == null) {
            throw Arguments.missing(command(), name, "Channel");
        }
        return channel(name, node);
    }

    <T> Channel<T> channel(String name, JsonNode node) {
        OptionalLong id = SinkChannel.parseId(node);
        if (id.isEmpty()) {
            throw Arguments.invalid(command(), name, "a Channel (a JS Channel object)", node);
        }
        return new SinkChannel<>(id.getAsLong(), context.sink());
    }

    @Override
    public <T> T state(Class<T> type) {
        Object value = context.state().find(type);
        if (value == null) {
            throw new CommandException(IpcError.MISSING_STATE,
                    "command '" + command() + "': " + context.state().explainMissing(type));
        }
        return type.cast(value);
    }

    @SuppressWarnings("unchecked")
    private <T> T convert(String name, JavaType type, JsonNode node) {
        if (type.getRawClass() == byte[].class) {
            return (T) Arguments.bytes(node, command(), name);
        }
        if (type.getRawClass() == Channel.class) {
            return (T) channel(name, node);
        }
        return (T) Arguments.read(Arguments.reader(type), node, command(), name, type);
    }

    @Override
    public String toString() {
        return "Invocation[" + command() + ", " + request.body() + "]";
    }
}
