package dev.tauri4j.internal.core.tray;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.TrayIcon;
import dev.tauri4j.TrayIconEvent;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.internal.core.image.JsImages;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code plugin:tray|*}, what {@code @tauri-apps/api/tray} sends: {@code new} answers {@code [rid, id]} and sends
 * clicks to its {@code handler} channel as Tauri's {@code TrayIconEvent}; the other commands take the rid.
 */
public final class TrayCommands {

    /** What the calling window's resource table holds for JS: the icon's id (closing the rid keeps the icon, as in Tauri). */
    record Handle(String id) {}

    private TrayCommands() {}

    public static void register(CommandRegistry registry, Trays trays) {
        registry.handler("new", call -> create(call, trays));
        registry.handler("get_by_id", call -> {
            String id = call.arg("id", String.class);
            return trays.byId(id).map(t -> table(call).add(new Handle(id))).orElse(null);
        });
        registry.handler("remove_by_id", call -> {
            String id = call.arg("id", String.class);
            if (!trays.remove(id)) throw new CommandException("Can't find a tray associated with this id: " + id);
            return null;
        });
        registry.handler("set_icon", call -> change(call, trays, t -> t.setIcon(icon(call, call.optionalArg("icon", JsonNode.class).orElse(null)))));
        registry.handler("set_icon_with_as_template", call -> change(call, trays,
                t -> t.setIcon(icon(call, call.optionalArg("icon", JsonNode.class).orElse(null)))));
        registry.handler("set_tooltip", call -> change(call, trays, t -> t.setTooltip(call.optionalArg("tooltip", String.class).orElse(null))));
        registry.handler("set_title", call -> change(call, trays, t -> t.setTitle(call.optionalArg("title", String.class).orElse(null))));
        registry.handler("set_visible", call -> change(call, trays, t -> t.setVisible(call.arg("visible", Boolean.class))));
        registry.handler("set_menu", call -> {
            MenuContainer menu = menu(call, call.optionalArg("menu", JsonNode.class).orElse(null));
            return change(call, trays, t -> t.setMenu(menu));
        });
        // macOS-only in Tauri; on Linux the icon goes as pixels (no temp file) and left click has no menu to show
        registry.handler("set_icon_as_template", call -> change(call, trays, t -> call.arg("asTemplate", Boolean.class)));
        registry.handler("set_temp_dir_path", call -> change(call, trays, t -> {}));
        registry.handler("set_show_menu_on_left_click", call -> change(call, trays, t -> call.arg("onLeft", Boolean.class)));
    }

    private static List<Object> create(Invocation call, Trays trays) {
        JsonNode options = call.optionalArg("options", JsonNode.class).orElse(null);
        if (options == null || options.isNull()) options = com.fasterxml.jackson.databind.node.NullNode.getInstance();
        Channel<Object> handler = call.channel("handler");
        TrayIcon.Builder builder = TrayIcon.builder(options.hasNonNull("id") ? options.get("id").asText() : null)
                .icon(icon(call, options.get("icon")))
                .tooltip(text(options, "tooltip"))
                .title(text(options, "title"))
                .menu(menu(call, options.get("menu")))
                .onEvent(e -> handler.send(wire(e)));
        TrayIcon icon;
        try {
            icon = trays.create(builder);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
        return List.of(table(call).add(new Handle(icon.id())), icon.id());
    }

    /** Tauri's serde shape, which the npm package's mapEvent turns into PhysicalPosition and PhysicalSize objects. */
    static Map<String, Object> wire(TrayIconEvent e) {
        Map<String, Object> at = Map.of("x", e.x(), "y", e.y());
        return Map.of("type", e.type(), "id", e.id(), "position", at,
                "rect", Map.of("position", at, "size", Map.of("width", 0, "height", 0)),
                "button", e.button(), "buttonState", e.buttonState());
    }

    /** A change to one icon, by the rid JS holds. */
    private interface Change {
        void apply(TrayIcon icon) throws IOException;
    }

    private static Object change(Invocation call, Trays trays, Change change) {
        String id = table(call).get(call.arg("rid", Integer.class), Handle.class).id();
        TrayIcon icon = trays.byId(id).orElseThrow(() -> new CommandException("Can't find a tray associated with this id: " + id));
        try {
            change.apply(icon);
        } catch (IOException e) {
            throw new CommandException(e.getMessage());
        }
        return null;
    }

    /** {@code [rid, kind]} of a Menu or Submenu in the calling window's resource table, as the npm package sends it. */
    static MenuContainer menu(Invocation call, JsonNode menu) {
        if (menu == null || menu.isNull()) return null;
        if (!menu.isArray() || menu.size() != 2 || !menu.get(0).isInt()) {
            throw new CommandException("INVALID_ARGUMENT", call.command() + ": menu must be [rid, kind] of a Menu or Submenu, found " + menu);
        }
        Class<? extends MenuContainer> type = switch (menu.get(1).asText()) {
            case "Menu" -> Menu.class;
            case "Submenu" -> Submenu.class;
            default -> throw new CommandException("INVALID_ARGUMENT", call.command() + ": a tray menu must be a Menu or a Submenu, found "
                    + menu.get(1).asText());
        };
        return table(call).get(menu.get(0).asInt(), type);
    }

    /** Tauri's JsImage, read as window icons read it. */
    static Image icon(Invocation call, JsonNode image) {
        return JsImages.read(call, image, "the tray icon's image");
    }

    private static String text(JsonNode options, String field) {
        return options.hasNonNull(field) ? options.get(field).asText() : null;
    }

    private static Resources table(Invocation call) {
        if (call.window() == null) throw new CommandException("WINDOW_NOT_FOUND", call.command() + " needs the calling window's resource table");
        return call.window().resources();
    }
}
