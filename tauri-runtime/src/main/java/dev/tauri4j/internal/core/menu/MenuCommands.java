package dev.tauri4j.internal.core.menu;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Channel;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.IconMenuItem;
import dev.tauri4j.menu.ItemKind;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.menu.TextItem;
import dev.tauri4j.plugin.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * The 22 {@code plugin:menu|*} commands of {@code @tauri-apps/api/menu}, with Tauri's arguments and answers: objects
 * live in the calling window's resource table and travel as {@code [rid, id]} or {@code [rid, id, kind]}.
 */
public final class MenuCommands {

    private MenuCommands() {}

    public static void register(CommandRegistry registry, AppMenus menus) {
        registry.handler("new", call -> {
            MenuPayloads payloads = payloads(call, menus);
            MenuItemBase created = payloads.create(kind(call), call.optionalArg("options", JsonNode.class).orElse(null));
            Channel<String> handler = call.channel("handler");
            menus.channel(created.id(), handler);
            return List.of(table(call).add(created), created.id());
        });
        registry.handler("append", call -> edit(call, menus, (c, items) -> c.append(items)));
        registry.handler("prepend", call -> edit(call, menus, (c, items) -> c.prepend(items)));
        registry.handler("insert", call -> {
            int position = call.arg("position", Integer.class);
            return edit(call, menus, (c, items) -> c.insert(position, items));
        });
        registry.handler("remove", call -> {
            MenuContainer container = container(call);
            JsonNode item = call.arg("item", JsonNode.class);
            MenuItemBase target = payloads(call, menus).existing(item, "item");
            try {
                container.remove(target);
            } catch (IllegalArgumentException e) {
                throw new CommandException("INVALID_ARGUMENT", e.getMessage());
            }
            return null;
        });
        registry.handler("remove_at", call -> {
            int position = call.arg("position", Integer.class);
            return container(call).removeAt(position).map(i -> handle(call, i)).orElse(null);
        });
        registry.handler("items", call -> container(call).items().stream().map(i -> handle(call, i)).toList());
        registry.handler("get", call -> container(call).get(call.arg("id", String.class)).map(i -> handle(call, i)).orElse(null));
        registry.handler("popup", call -> {
            MenuContainer container = container(call);
            Window window = target(call);
            if (window == null) return null;
            JsonNode at = call.optionalArg("at", JsonNode.class).orElse(null);
            Double x = null, y = null;
            if (at != null) {
                double[] p = logical(at, window);
                x = p[0];
                y = p[1];
            }
            menus.popup(window.label(), container, x, y);
            return null;
        });
        registry.handler("create_default", call -> {
            Menu menu = DefaultMenu.of(call.app().config());
            return List.of(table(call).add(menu), menu.id());
        });
        registry.handler("set_as_app_menu", call -> previous(call, menus.setAppMenu(menu(call))));
        registry.handler("set_as_window_menu", call -> {
            Menu menu = menu(call);
            Window window = target(call);
            return window == null ? null : previous(call, menus.setWindowMenu(window.label(), menu));
        });
        registry.handler("text", call -> switch (item(call)) {
            case TextItem t -> t.text();
            case Submenu s -> s.text();
            case PredefinedMenuItem p -> p.text();
            case MenuItemBase other -> throw unexpected(call, other);
        });
        registry.handler("set_text", call -> {
            String text = call.arg("text", String.class);
            switch (item(call)) {
                case TextItem t -> t.setText(text);
                case Submenu s -> s.setText(text);
                case PredefinedMenuItem p -> p.setText(text);
                case MenuItemBase other -> throw unexpected(call, other);
            }
            return null;
        });
        registry.handler("is_enabled", call -> switch (item(call)) {
            case TextItem t -> t.isEnabled();
            case Submenu s -> s.isEnabled();
            case MenuItemBase other -> throw unexpected(call, other);
        });
        registry.handler("set_enabled", call -> {
            boolean enabled = call.arg("enabled", Boolean.class);
            switch (item(call)) {
                case TextItem t -> t.setEnabled(enabled);
                case Submenu s -> s.setEnabled(enabled);
                case MenuItemBase other -> throw unexpected(call, other);
            }
            return null;
        });
        registry.handler("set_accelerator", call -> {
            String accelerator = call.optionalArg("accelerator", String.class).orElse(null);
            if (!(item(call) instanceof TextItem t)) throw unexpected(call, item(call));
            try {
                t.setAccelerator(accelerator);
            } catch (IllegalArgumentException e) {
                throw new CommandException("INVALID_ARGUMENT", e.getMessage());
            }
            return null;
        });
        // macOS only, as in Tauri: they check nothing elsewhere either
        registry.handler("set_as_windows_menu_for_nsapp", call -> null);
        registry.handler("set_as_help_menu_for_nsapp", call -> null);
        registry.handler("is_checked", call -> table(call).get(call.arg("rid", Integer.class), CheckMenuItem.class).isChecked());
        registry.handler("set_checked", call -> {
            table(call).get(call.arg("rid", Integer.class), CheckMenuItem.class).setChecked(call.arg("checked", Boolean.class));
            return null;
        });
        registry.handler("set_icon", call -> {
            MenuItemBase item = item(call);
            if (!(item instanceof IconMenuItem || item instanceof Submenu)) throw unexpected(call, item);
            payloads(call, menus).applyIcon(item, call.optionalArg("icon", JsonNode.class).orElse(null), "icon");
            return null;
        });
    }

    private interface Edit {
        void apply(MenuContainer container, MenuItemBase[] items);
    }

    private static Object edit(Invocation call, AppMenus menus, Edit edit) {
        MenuContainer container = container(call);
        List<MenuItemBase> items = payloads(call, menus).items(call.arg("items", JsonNode.class), "items");
        try {
            edit.apply(container, items.toArray(MenuItemBase[]::new));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new CommandException("INVALID_ARGUMENT", call.command() + ": " + e.getMessage());
        }
        return null;
    }

    private static MenuPayloads payloads(Invocation call, AppMenus menus) {
        return new MenuPayloads(call, table(call), menus);
    }

    private static ItemKind kind(Invocation call) {
        return MenuPayloads.kind(call.arg("kind", String.class), "kind");
    }

    private static MenuItemBase item(Invocation call) {
        return table(call).get(call.arg("rid", Integer.class), MenuPayloads.type(kind(call)));
    }

    private static MenuContainer container(Invocation call) {
        ItemKind kind = kind(call);
        if (kind != ItemKind.MENU && kind != ItemKind.SUBMENU) {
            throw new CommandException("INVALID_ARGUMENT", call.command() + ": kind must be Menu or Submenu, found " + kind.wireName());
        }
        return (MenuContainer) table(call).get(call.arg("rid", Integer.class), MenuPayloads.type(kind));
    }

    private static Menu menu(Invocation call) {
        return table(call).get(call.arg("rid", Integer.class), Menu.class);
    }

    /** The window named by the {@code window} argument, else the calling one; null when no window has that label. */
    private static Window target(Invocation call) {
        var label = call.optionalArg("window", String.class);
        return label.isEmpty() ? call.window() : call.app().window(label.get()).orElse(null);
    }

    private static List<Object> handle(Invocation call, MenuItemBase item) {
        return List.of(table(call).add(item), item.id(), item.kind().wireName());
    }

    private static List<Object> previous(Invocation call, Menu previous) {
        return previous == null ? null : new ArrayList<>(List.of(table(call).add(previous), previous.id()));
    }

    private static double[] logical(JsonNode at, Window window) {
        JsonNode logical = at.get("Logical"), physical = at.get("Physical");
        JsonNode p = logical != null ? logical : physical;
        if (at.size() != 1 || p == null || !p.path("x").isNumber() || !p.path("y").isNumber()) {
            throw new CommandException("INVALID_ARGUMENT", "popup: argument 'at' must be {\"Logical\": {\"x\": 10, \"y\": 20}}"
                    + " or {\"Physical\": {...}} (what LogicalPosition/PhysicalPosition send), found " + at);
        }
        double scale = logical != null ? 1 : window.scaleFactor();
        return new double[] {p.get("x").asDouble() / scale, p.get("y").asDouble() / scale};
    }

    private static Resources table(Invocation call) {
        if (call.window() == null) throw new CommandException("WINDOW_NOT_FOUND", call.command() + " needs the calling window's resource table");
        return call.window().resources();
    }

    private static CommandException unexpected(Invocation call, MenuItemBase item) {
        return new CommandException("INVALID_ARGUMENT", call.command() + " does not apply to " + item.kind().wireName()
                + " objects (unexpected menu item kind, as Tauri says)");
    }

}
