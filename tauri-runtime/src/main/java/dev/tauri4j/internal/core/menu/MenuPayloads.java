package dev.tauri4j.internal.core.menu;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.Invocation;
import dev.tauri4j.internal.ipc.SinkChannel;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.IconMenuItem;
import dev.tauri4j.menu.ItemKind;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuItem;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.plugin.Image;
import dev.tauri4j.plugin.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what {@code @tauri-apps/api/menu} sends into menu objects, with Tauri's rules: an item is {@code [rid, kind]}
 * (one made before) or an options object, told apart as Tauri's untagged enum does (predefined when it has
 * {@code item}, check when it has {@code checked}, icon when it has {@code icon}, submenu when it has {@code items},
 * else a plain item); a {@code handler} channel in it gets the item's clicks.
 */
final class MenuPayloads {

    /** Tauri's {@code NativeIcon} names (macOS images): an icon string that is one of these is no file path. */
    static final Set<String> NATIVE_ICONS = Set.of("Add", "Advanced", "Bluetooth", "Bookmarks", "Caution", "ColorPanel",
            "ColumnView", "Computer", "EnterFullScreen", "Everyone", "ExitFullScreen", "FlowView", "Folder", "FolderBurnable",
            "FolderSmart", "FollowLinkFreestanding", "FontPanel", "GoLeft", "GoRight", "Home", "IChatTheater", "IconView",
            "Info", "InvalidDataFreestanding", "LeftFacingTriangle", "ListView", "LockLocked", "LockUnlocked",
            "MenuMixedState", "MenuOnState", "MobileMe", "MultipleDocuments", "Network", "Path", "PreferencesGeneral",
            "QuickLook", "RefreshFreestanding", "Refresh", "Remove", "RevealFreestanding", "RightFacingTriangle", "Share",
            "Slideshow", "SmartBadge", "StatusAvailable", "StatusNone", "StatusPartiallyAvailable", "StatusUnavailable",
            "StopProgressFreestanding", "StopProgress", "TrashEmpty", "TrashFull", "User", "UserAccounts", "UserGroup",
            "UserGuest");

    private final Invocation call;
    private final Resources resources;
    private final AppMenus menus;

    MenuPayloads(Invocation call, Resources resources, AppMenus menus) {
        this.call = call;
        this.resources = resources;
        this.menus = menus;
    }

    /** A new object of {@code kind} from the {@code options} of {@code plugin:menu|new}. */
    MenuItemBase create(ItemKind kind, JsonNode options) {
        JsonNode o = options == null || options.isNull() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : options;
        return switch (kind) {
            case MENU -> {
                Menu.Builder b = Menu.builder().id(string(o, "id"));
                items(o.path("items"), "options.items").forEach(b::item);
                yield b.build();
            }
            case SUBMENU -> submenu(o, "options");
            case MENU_ITEM -> MenuItem.builder(text(o)).id(string(o, "id")).enabled(flag(o, "enabled", true))
                    .accelerator(accelerator(o, "options")).build();
            case CHECK -> CheckMenuItem.builder(text(o)).id(string(o, "id")).enabled(flag(o, "enabled", true))
                    .accelerator(accelerator(o, "options")).checked(flag(o, "checked", false)).build();
            case ICON -> icon(o, "options");
            case PREDEFINED -> predefined(o, "options");
        };
    }

    /** The items of an {@code items} array (absent: none). */
    List<MenuItemBase> items(JsonNode array, String where) {
        List<MenuItemBase> items = new ArrayList<>();
        if (array.isMissingNode() || array.isNull()) return items;
        if (!array.isArray()) throw invalid(where, "an array of menu items", array);
        for (int i = 0; i < array.size(); i++) items.add(item(array.get(i), where + "[" + i + "]"));
        return items;
    }

    /** One item: {@code [rid, kind]} or options. */
    MenuItemBase item(JsonNode node, String where) {
        if (node.isArray()) return existing(node, where);
        if (!node.isObject()) throw invalid(where, "[rid, kind] or an item's options", node);
        MenuItemBase item;
        if (node.has("item")) item = predefined(node, where);
        else if (node.has("checked")) item = CheckMenuItem.builder(text(node, where)).id(string(node, "id"))
                .enabled(flag(node, "enabled", true)).accelerator(accelerator(node, where)).checked(flag(node, "checked", false)).build();
        else if (node.has("icon")) item = icon(node, where);
        else if (node.has("items")) item = submenu(node, where);
        else item = MenuItem.builder(text(node, where)).id(string(node, "id")).enabled(flag(node, "enabled", true))
                .accelerator(accelerator(node, where)).build();
        JsonNode handler = node.get("handler");
        if (handler != null && !handler.isNull()) menus.channel(item.id(), SinkChannel.nested(call, handler, where + ".handler"));
        return item;
    }

    /** The object behind {@code [rid, kind]} in the caller's resources. */
    MenuItemBase existing(JsonNode node, String where) {
        if (node.size() != 2 || !node.get(0).canConvertToInt() || !node.get(1).isTextual()) {
            throw invalid(where, "[rid, kind] (what a menu object's rid and kind are)", node);
        }
        return resources.get(node.get(0).intValue(), type(kind(node.get(1).textValue(), where + "[1]")));
    }

    static ItemKind kind(String name, String where) {
        ItemKind k = ItemKind.ofWireName(name);
        if (k == null) throw invalid(where, "one of Menu, Submenu, MenuItem, Check, Icon, Predefined", name);
        return k;
    }

    static Class<? extends MenuItemBase> type(ItemKind kind) {
        return switch (kind) {
            case MENU -> Menu.class;
            case SUBMENU -> Submenu.class;
            case MENU_ITEM -> MenuItem.class;
            case CHECK -> CheckMenuItem.class;
            case ICON -> IconMenuItem.class;
            case PREDEFINED -> PredefinedMenuItem.class;
        };
    }

    private Submenu submenu(JsonNode o, String where) {
        Submenu.Builder b = Submenu.builder(text(o, where)).enabled(flag(o, "enabled", true));
        if (string(o, "id") != null) b.id(string(o, "id"));
        for (MenuItemBase i : items(o.path("items"), where + ".items")) b.item(i);
        Submenu s = b.build();
        applyIcon(s, o.get("icon"), where + ".icon");
        return s;
    }

    private IconMenuItem icon(JsonNode o, String where) {
        IconMenuItem item = IconMenuItem.builder(text(o, where)).id(string(o, "id")).enabled(flag(o, "enabled", true))
                .accelerator(accelerator(o, where)).build();
        JsonNode icon = o.get("icon");
        if (icon == null || icon.isNull()) item.setNativeIcon("User"); // Tauri's default
        else applyIcon(item, icon, where + ".icon");
        return item;
    }

    /** Sets an icon from what JS sent: a NativeIcon name, a path, PNG/ICO bytes, an Image rid or {rgba, width, height}. */
    void applyIcon(MenuItemBase target, JsonNode icon, String where) {
        if (icon == null || icon.isNull()) {
            if (target instanceof IconMenuItem i) i.setIcon(null);
            else if (target instanceof Submenu s) s.setIcon(null);
            return;
        }
        if (icon.isTextual() && NATIVE_ICONS.contains(icon.textValue())) {
            if (target instanceof IconMenuItem i) i.setNativeIcon(icon.textValue());
            return; // a submenu's native icon is a macOS image: nothing to show here
        }
        Image image = image(icon, where);
        if (target instanceof IconMenuItem i) i.setIcon(image);
        else if (target instanceof Submenu s) s.setIcon(image);
    }

    private Image image(JsonNode icon, String where) {
        try {
            if (icon.isTextual()) return Image.read(Path.of(icon.textValue()));
            if (icon.canConvertToInt()) return resources.get(icon.intValue(), Image.class);
            if (icon.isArray()) return Image.decode(bytes(icon, where));
            if (icon.isObject() && icon.has("rgba")) {
                return Image.of(bytes(icon.get("rgba"), where + ".rgba"), icon.path("width").asInt(), icon.path("height").asInt());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException("INVALID_IMAGE", call.command() + ": " + where + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandException("INVALID_IMAGE", call.command() + ": " + where + ": cannot read the image file: " + e, null, e);
        }
        throw invalid(where, "an Image, its rid, a file path, PNG/ICO bytes or a NativeIcon name", icon);
    }

    private static byte[] bytes(JsonNode array, String where) {
        if (!array.isArray()) throw invalid(where, "an array of bytes", array);
        byte[] b = new byte[array.size()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) array.get(i).asInt();
        return b;
    }

    private PredefinedMenuItem predefined(JsonNode o, String where) {
        JsonNode item = o.get("item");
        String text = string(o, "text");
        if (item != null && item.isTextual()) {
            PredefinedMenuItem.Type type = PredefinedMenuItem.Type.ofWireName(item.textValue());
            if (type != null && type != PredefinedMenuItem.Type.ABOUT) return PredefinedMenuItem.of(type, text);
        } else if (item != null && item.isObject() && item.size() == 1 && item.has("About")) {
            JsonNode m = item.get("About");
            return PredefinedMenuItem.about(text, m == null || m.isNull() ? null : about(m, where + ".item.About"));
        }
        throw invalid(where + ".item", "a predefined item: \"Separator\", \"Copy\", \"Cut\", \"Paste\", \"SelectAll\","
                + " \"Undo\", \"Redo\", \"Minimize\", \"Maximize\", \"Fullscreen\", \"Hide\", \"HideOthers\", \"ShowAll\","
                + " \"CloseWindow\", \"Quit\", \"Services\", \"BringAllToFront\" or {\"About\": {...} or null}", item);
    }

    private AboutMetadata about(JsonNode m, String where) {
        List<String> authors = null;
        if (m.hasNonNull("authors")) {
            authors = new ArrayList<>();
            for (JsonNode a : m.get("authors")) authors.add(a.asText());
        }
        Image icon = m.hasNonNull("icon") ? image(m.get("icon"), where + ".icon") : null;
        return new AboutMetadata(string(m, "name"), string(m, "version"), string(m, "shortVersion"), authors,
                string(m, "comments"), string(m, "copyright"), string(m, "license"), string(m, "website"),
                string(m, "websiteLabel"), icon);
    }

    private String text(JsonNode o) {
        return o.hasNonNull("text") ? o.get("text").asText() : ""; // Tauri: text.unwrap_or_default()
    }

    private String text(JsonNode o, String where) {
        JsonNode t = o.get("text");
        if (t == null || !t.isTextual()) throw invalid(where + ".text", "the item's text (a string)", t);
        return t.textValue();
    }

    private String accelerator(JsonNode o, String where) {
        String a = string(o, "accelerator");
        if (a == null) return null;
        try {
            dev.tauri4j.internal.platform.Accelerator.parse(a);
            return a;
        } catch (IllegalArgumentException e) {
            throw new CommandException("INVALID_ARGUMENT", call.command() + ": " + where + ".accelerator: " + e.getMessage());
        }
    }

    private static String string(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean flag(JsonNode o, String field, boolean otherwise) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? otherwise : v.asBoolean();
    }

    static CommandException invalid(String where, String expected, Object found) {
        return new CommandException("INVALID_ARGUMENT", "menu: '" + where + "' must be " + expected + ", found " + found);
    }
}
