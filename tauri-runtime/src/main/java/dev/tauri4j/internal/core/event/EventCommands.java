package dev.tauri4j.internal.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import java.util.regex.Pattern;

/** The {@code plugin:event|*} commands that {@code @tauri-apps/api/event} sends. */
public final class EventCommands {

    /** Tauri's rule for event names. */
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9\\-/:_]+");

    private EventCommands() {}

    public static void register(CommandRegistry registry, EventBus events) {
        registry.handler("listen", call -> {
            String event = eventName(call.arg("event", String.class));
            JsonNode target = call.optionalArg("target", JsonNode.class).orElse(NullNode.getInstance());
            long callback = call.arg("handler", long.class);
            return events.listenPage(call.window().label(), event, label(target), callback);
        });
        registry.handler("unlisten", call -> {
            events.unlistenPage(call.window().label(), eventName(call.arg("event", String.class)), call.arg("eventId", long.class));
            return null;
        });
        registry.handler("emit", call -> {
            events.emit(eventName(call.arg("event", String.class)), payload(call), null, true);
            return null;
        });
        registry.handler("emit_to", call -> {
            String event = eventName(call.arg("event", String.class));
            JsonNode target = call.arg("target", JsonNode.class);
            String kind = target.isTextual() ? "AnyLabel" : target.path("kind").asText("Any");
            switch (kind) {
                case "Any" -> events.emit(event, payload(call), null, true);
                case "App" -> events.emit(event, payload(call), null, false);
                default -> events.emit(event, payload(call), label(target), true);
            }
            return null;
        });
    }

    private static JsonNode payload(dev.tauri4j.Invocation call) {
        return call.optionalArg("payload", JsonNode.class).orElse(NullNode.getInstance());
    }

    /** The label an event target names, or null for "Any". */
    private static String label(JsonNode target) {
        if (target == null || target.isNull()) return null;
        if (target.isTextual()) return target.asText();
        String kind = target.path("kind").asText("Any");
        return kind.equals("Any") || kind.equals("App") ? null : target.path("label").asText(null);
    }

    private static String eventName(String name) {
        if (name == null || !EVENT_NAME.matcher(name).matches()) {
            throw new CommandException("INVALID_ARGUMENT", "event name '" + name
                    + "' is not valid: use only letters, digits, '-', '/', ':' and '_'");
        }
        return name;
    }
}
