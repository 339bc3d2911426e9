package dev.tauri4j.ipc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tauri4j.App;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import java.util.Optional;

/**
 * How the parameters of one {@code Fn} command are filled from a call: worked out once from its
 * {@link CommandSignature}, so that a call costs map look-ups and JSON reads, never reflection.
 */
final class Binding {

    /** Where a parameter's value comes from. */
    sealed interface Slot permits Inject, ChannelArg, Receiver, Value {}

    /** The runtime objects a command may ask for by type. */
    enum Source { APP, WINDOW, INVOCATION }

    /** A runtime object injected by type. */
    record Inject(Source source) implements Slot {}

    /** A JS {@code Channel} passed as the argument {@code name}. */
    record ChannelArg(String name, int position) implements Slot {}

    /** The instance an unbound method reference runs on, taken from the app state. */
    record Receiver(Class<?> type) implements Slot {}

    /** How a value parameter is read. */
    enum Kind { BYTES, OPTIONAL, RECORD, OTHER }

    /** A value from the arguments object (or, if the app state holds its type, from there). */
    record Value(String name, int position, JavaType type, Class<?> raw, String label, Kind kind, ObjectReader reader)
            implements Slot {}

    private static final Object[] NO_VALUES = {};
    private static final Object UNBOUND = new Object();

    private final String command;
    private final Slot[] slots;
    private final CommandSignature signature;

    private Binding(String command, Slot[] slots, CommandSignature signature) {
        this.command = command;
        this.slots = slots;
        this.signature = signature;
    }

    /** A binding for a command without parameters. */
    static Binding none(String command) {
        return new Binding(command, new Slot[0], null);
    }

    /** Classifies each parameter of {@code signature}. */
    static Binding of(String command, CommandSignature signature) {
        Slot[] slots = new Slot[signature.params().size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slot(signature.params().get(i), i + 1);
        }
        return new Binding(command, slots, signature);
    }

    private static Slot slot(CommandSignature.Param param, int position) {
        JavaType type = param.type();
        Class<?> raw = type.getRawClass();
        if (param.receiver()) {
            return new Receiver(raw);
        }
        if (raw == App.class) {
            return new Inject(Source.APP);
        }
        if (raw == Window.class) {
            return new Inject(Source.WINDOW);
        }
        if (raw == Invocation.class) {
            return new Inject(Source.INVOCATION);
        }
        if (raw == Channel.class) {
            return new ChannelArg(param.name(), position);
        }
        String label = Arguments.describe(type);
        if (raw == byte[].class) {
            return new Value(param.name(), position, type, raw, label, Kind.BYTES, null);
        }
        if (raw == Optional.class) {
            JavaType content = type.containedTypeOrUnknown(0);
            return new Value(param.name(), position, content, raw, label, Kind.OPTIONAL, Arguments.reader(content));
        }
        Kind kind = raw.isRecord() ? Kind.RECORD : Kind.OTHER;
        return new Value(param.name(), position, type, raw, label, kind, Arguments.reader(type));
    }

    /** The values to call the command with. */
    Object[] bind(Call call) {
        if (slots.length == 0) {
            return NO_VALUES;
        }
        call.requireObjectArgs();
        Object[] out = new Object[slots.length];
        StateStore state = call.context().state();
        boolean lookInState = !state.isEmpty();
        int free = 0;
        int lastFree = -1;
        for (int i = 0; i < slots.length; i++) {
            switch (slots[i]) {
                case Inject inject -> out[i] = switch (inject.source()) {
                    case APP -> call.app();
                    case WINDOW -> call.window();
                    case INVOCATION -> call;
                };
                case ChannelArg channel -> out[i] = channel(call, channel);
                case Receiver receiver -> out[i] = receiver(state, receiver);
                case Value value -> {
                    Object managed = lookInState ? state.find(value.raw()) : null;
                    if (managed != null) {
                        out[i] = managed;
                    } else {
                        out[i] = UNBOUND;
                        free++;
                        lastFree = i;
                    }
                }
            }
        }
        if (free == 0) {
            return out;
        }
        if (call.raw() != null) {
            bindRaw(call.raw(), out);
        } else if (free == 1 && slots[lastFree] instanceof Value value && value.kind() == Kind.RECORD
                && (value.name() == null || !call.argsNode().has(value.name()))) {
            // invoke("create", {title, done}) reaches create(Todo todo): the record is the arguments object
            out[lastFree] = Arguments.read(value.reader(), call.argsNode(), command, null, value.type());
        } else {
            for (int i = 0; i < out.length; i++) {
                if (out[i] == UNBOUND) {
                    out[i] = byName(call.argsNode(), (Value) slots[i]);
                }
            }
        }
        return out;
    }

    private Object channel(Call call, ChannelArg slot) {
        if (slot.name() == null) {
            throw namesUnavailable(slot.position(), "Channel");
        }
        JsonNode node = call.argsNode().get(slot.name());
        if (node == null) {
            throw Arguments.missing(command, slot.name(), "Channel");
        }
        return call.channel(slot.name(), node);
    }

    private Object receiver(StateStore state, Receiver slot) {
        Object value = state.find(slot.type());
        if (value == null) {
            throw new CommandException(IpcError.MISSING_STATE, "command '" + command + "' is the unbound method reference "
                    + signature.origin() + ", which needs an instance of " + slot.type().getName()
                    + ": manage(...) one, or register a bound reference such as service::method");
        }
        return value;
    }

    private void bindRaw(byte[] raw, Object[] out) {
        boolean taken = false;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != UNBOUND) {
                continue;
            }
            Value value = (Value) slots[i];
            if (value.kind() == Kind.BYTES && !taken) {
                out[i] = raw;
                taken = true;
            } else {
                String name = value.name() != null ? "'" + value.name() + "'" : "parameter " + value.position();
                throw new CommandException(IpcError.INVALID_ARGUMENT, "command '" + command + "': argument " + name
                        + " (" + value.label() + ") cannot be bound: the call sent a raw binary body, which binds only"
                        + " to a single byte[] parameter");
            }
        }
    }

    private Object byName(JsonNode args, Value value) {
        if (value.name() == null) {
            throw namesUnavailable(value.position(), value.label());
        }
        JsonNode node = args.get(value.name());
        if (node == null || node.isNull()) {
            if (value.kind() == Kind.OPTIONAL) {
                return Optional.empty();
            }
            if (node == null) {
                throw Arguments.missing(command, value.name(), value.label() + stateHint(value.raw()));
            }
            if (value.raw().isPrimitive()) {
                throw Arguments.invalid(command, value.name(), value.label(), node);
            }
            return null;
        }
        return switch (value.kind()) {
            case BYTES -> Arguments.bytes(node, command, value.name());
            case OPTIONAL -> Optional.ofNullable(Arguments.read(value.reader(), node, command, value.name(), value.type()));
            case RECORD, OTHER -> Arguments.read(value.reader(), node, command, value.name(), value.type());
        };
    }

    /** Points at {@code manage} when a missing "argument" looks like a service rather than data. */
    private static String stateHint(Class<?> raw) {
        ClassLoader loader = raw.getClassLoader();
        boolean data = raw.isPrimitive() || raw.isArray() || raw.isRecord() || raw.isEnum() || loader == null
                || loader == ClassLoader.getPlatformClassLoader();
        return data ? "" : "; if it is app state, manage(...) an instance of " + raw.getSimpleName();
    }

    private CommandException namesUnavailable(int position, String label) {
        String fix = signature.lambdaBody()
                ? "compile with -g or -g:vars (javac keeps no lambda parameter names otherwise; Maven passes -g by default)"
                : "compile with -parameters or -g";
        return new CommandException(IpcError.PARAMETER_NAMES_UNAVAILABLE, "command '" + command
                + "': cannot bind parameter " + position + " (" + label + ") by name, because " + signature.origin()
                + " was compiled without parameter names. Fix: " + fix + ", or take a single record parameter, or register"
                + " it as .handler(\"" + command + "\", call -> call.arg(\"name\", " + label.replaceAll("<.*", "")
                + ".class))");
    }
}
