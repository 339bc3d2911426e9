package dev.tauri4j.internal.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.config.scope.BaseDirectoryResolver;
import dev.tauri4j.config.scope.CallScope;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.plugin.CommandScope;
import dev.tauri4j.plugin.GlobalScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call's {@link CommandScope} and {@link GlobalScope} are made of: the entries its capabilities give for the
 * calling window and page (taken when the call arrives, with the guard's check), the plugin's declared scope type,
 * and the base directories path checks resolve {@code $APPDATA}-style variables with.
 *
 * @param scope    the entries, from {@code CapabilitySet.scopeFor}
 * @param declared the plugin's {@code scopeType()}, used when the parameter's type argument is unknown
 * @param dirs     the platform's base directories
 */
public record ScopeSource(CallScope scope, Class<?> declared, BaseDirectoryResolver dirs) {

    /** No entries: a scoped command allows nothing (calls made outside a window, tests). */
    public static final ScopeSource NONE = new ScopeSource(CallScope.NONE, JsonNode.class, d -> Optional.empty());

    /** Finds a call's scope; the router asks it once per allowed call. */
    @FunctionalInterface
    public interface Finder {
        /** The scope of {@code command} called from window {@code label} showing {@code page}. */
        ScopeSource find(String command, String label, String page, boolean appPage);
    }

    public ScopeSource {
        Objects.requireNonNull(scope, "scope");
        declared = declared == null ? JsonNode.class : declared;
        Objects.requireNonNull(dirs, "dirs");
    }

    /** The command scope with entries read as {@code type} (null: the declared type). */
    <T> CommandScope<T> command(String command, Class<T> type) {
        var e = scope.command();
        return CommandScope.of(read(command, e.allow(), type), read(command, e.deny(), type), e, dirs);
    }

    /** The global scope with entries read as {@code type} (null: the declared type). */
    <T> GlobalScope<T> global(String command, Class<T> type) {
        var e = scope.global();
        return GlobalScope.of(read(command, e.allow(), type), read(command, e.deny(), type), e, dirs);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> read(String command, List<ScopeEntry> entries, Class<T> type) {
        Class<T> target = type != null ? type : (Class<T>) declared;
        List<T> out = new ArrayList<>(entries.size());
        for (ScopeEntry e : entries) {
            try {
                out.add(JsonCodec.mapper().treeToValue(json(e.value()), target));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException x) {
                String why = x instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : x.getMessage();
                throw new CommandException(IpcError.INVALID_SCOPE, "command '" + command + "': scope entry " + e.source() + ": "
                        + e.path() + " (" + e.value().describe() + ") is not a " + target.getSimpleName() + ", the scope type of"
                        + " this command: " + why + ". Fix: write the entry in the shape the plugin documents");
            }
        }
        return out;
    }

    /** A scope value as JSON, for Jackson to read into the scope type. */
    static JsonNode json(ScopeValue v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (v) {
            case ScopeValue.Null n -> f.nullNode();
            case ScopeValue.Bool b -> f.booleanNode(b.value());
            case ScopeValue.Num n -> f.numberNode(n.value());
            case ScopeValue.Str s -> f.textNode(s.value());
            case ScopeValue.Arr a -> {
                var array = f.arrayNode();
                a.items().forEach(i -> array.add(json(i)));
                yield array;
            }
            case ScopeValue.Obj o -> {
                ObjectNode object = f.objectNode();
                o.fields().forEach((k, x) -> object.set(k, json(x)));
                yield object;
            }
        };
    }
}
