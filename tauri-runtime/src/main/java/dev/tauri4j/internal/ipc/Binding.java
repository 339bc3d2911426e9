package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tauri4j.CommandException;
import java.util.Optional;

/**
 * How the parameters of one {@code Fn} command are filled from a call: worked out once from its
 * {@link CommandSignature} by the rules of {@link BindingRules}, so that a call costs map look-ups and JSON
 * reads, never reflection. Values are read through {@link Call}, as the processor's registrars read them.
 */
final class Binding {

    /** Where a parameter's value comes from. */
    sealed interface Slot permits Inject, ScopeArg, ChannelArg, Receiver, State, Value {}

    /** A runtime object injected by type: {@code APP}, {@code WINDOW} or {@code INVOCATION}. */
    record Inject(BindingRules.Role role) implements Slot {}

    /** The call's command or global scope; {@code entryType} null reads entries as the plugin's scope type. */
    record ScopeArg(boolean global, Class<?> entryType) implements Slot {}

    /** A JS {@code Channel} passed as the argument {@code name}. */
    record ChannelArg(String name, int position) implements Slot {}

    /** The instance an unbound method reference runs on, taken from the app state. */
    record Receiver(Class<?> type) implements Slot {}

    /** App state, looked up by type. */
    record State(Class<?> type) implements Slot {}

    /**
     * An argument read by name; {@code type} is the content type of an {@code Optional}, and an optional or
     * {@code @Nullable} one may be absent.
     */
    record Value(String name, int position, JavaType type, String label, Presence presence, ObjectReader reader)
            implements Slot {}

    /** What an absent argument gives: an error, {@code Optional.empty()} or null. */
    enum Presence { REQUIRED, OPTIONAL, NULLABLE }

    private static final Object[] NO_VALUES = {};

    private final String command;
    private final Slot[] slots;
    private final CommandSignature signature;
    // the parameter a raw binary body binds to: the only JS parameter, when it is a byte[]; -1 when none
    private final int rawSlot;

    private Binding(String command, Slot[] slots, CommandSignature signature) {
        this.command = command;
        this.slots = slots;
        this.signature = signature;
        this.rawSlot = rawSlot(slots);
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
        return switch (BindingRules.role(raw)) {
            case APP, WINDOW, INVOCATION -> new Inject(BindingRules.role(raw));
            case COMMAND_SCOPE, GLOBAL_SCOPE -> {
                Class<?> entry = type.containedTypeOrUnknown(0).getRawClass();
                yield new ScopeArg(BindingRules.role(raw) == BindingRules.Role.GLOBAL_SCOPE, entry == Object.class ? null : entry);
            }
            case CHANNEL -> new ChannelArg(param.name(), position);
            case STATE -> new State(raw);
            case ARGUMENT -> {
                String label = Arguments.describe(type);
                if (raw == Optional.class) {
                    JavaType content = type.containedTypeOrUnknown(0);
                    yield new Value(param.name(), position, content, label, Presence.OPTIONAL, Arguments.reader(content));
                }
                Presence presence = param.nullable() ? Presence.NULLABLE : Presence.REQUIRED;
                yield new Value(param.name(), position, type, label, presence, Arguments.reader(type));
            }
        };
    }

    private static int rawSlot(Slot[] slots) {
        int found = -1;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] instanceof Value || slots[i] instanceof ChannelArg) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found >= 0 && slots[found] instanceof Value v && v.presence() == Presence.REQUIRED && v.type().getRawClass() == byte[].class
                ? found : -1;
    }

    /** The values to call the command with. */
    Object[] bind(Call call) {
        if (slots.length == 0) {
            return NO_VALUES;
        }
        Object[] out = new Object[slots.length];
        boolean rawBody = call.raw() != null;
        for (int i = 0; i < slots.length; i++) {
            boolean takesBody = rawBody && i == rawSlot;
            out[i] = switch (slots[i]) {
                case Inject inject -> switch (inject.role()) {
                    case APP -> call.app();
                    case WINDOW -> call.window();
                    default -> call;
                };
                case ScopeArg scope when scope.global() -> scope.entryType() == null ? call.globalScope() : call.globalScope(scope.entryType());
                case ScopeArg scope -> scope.entryType() == null ? call.commandScope() : call.commandScope(scope.entryType());
                case ChannelArg channel -> call.channel(named(channel.name(), channel.position(), "Channel"));
                case Receiver receiver -> receiver(call.context().state(), receiver);
                case State state -> call.state(state.type());
                case Value _ when takesBody -> call.raw();
                case Value value -> value(call, value);
            };
        }
        return out;
    }

    private Object value(Call call, Value value) {
        String name = named(value.name(), value.position(), value.label());
        return switch (value.presence()) {
            case REQUIRED -> call.argument(name, value.type(), value.reader());
            case OPTIONAL -> call.optional(name, value.type(), value.reader());
            case NULLABLE -> call.optional(name, value.type(), value.reader()).orElse(null);
        };
    }

    private String named(String name, int position, String label) {
        if (name == null) {
            throw namesUnavailable(position, label);
        }
        return name;
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

    private CommandException namesUnavailable(int position, String label) {
        String fix = signature.lambdaBody()
                ? "compile with -g or -g:vars (javac keeps no lambda parameter names otherwise; Maven passes -g by default)"
                : "compile with -parameters or -g";
        String raw = label.replaceAll("<.*", "");
        return new CommandException(IpcError.PARAMETER_NAMES_UNAVAILABLE, "command '" + command
                + "': cannot bind parameter " + position + " (" + label + ") by name, because " + signature.origin()
                + " was compiled without parameter names. Fix: " + fix + ", or register it as .handler(\"" + command
                + "\", call -> call.arg(\"name\", " + raw + ".class)) (call.args(" + raw + ".class) reads the whole"
                + " arguments object into a record)");
    }
}
