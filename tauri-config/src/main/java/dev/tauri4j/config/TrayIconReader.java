package dev.tauri4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Reads {@code app.trayIcon} in Tauri's shape ({@code TrayIconConfig}); the icon file itself is read where it is used. */
final class TrayIconReader {

    private static final String PATH = "app.trayIcon";
    private static final String ICON_FIX = "give a PNG or ICO file relative to the config file, e.g. \"iconPath\": \"icons/32x32.png\"";

    private final JsonFields f;
    private final SchemaKeys keys;

    TrayIconReader(JsonFields f, SchemaKeys keys) {
        this.f = f;
        this.keys = keys;
    }

    /** The section under {@code app}, or null when absent. */
    TrayIconConfig read(JsonNode app) {
        if (app.has("trayIcon") && app.get("trayIcon").isNull()) return null; // an Option in Tauri's schema
        JsonNode node = f.object(app, "app", "trayIcon", "e.g. \"trayIcon\": {\"iconPath\": \"icons/32x32.png\", \"tooltip\": \"My App\"}");
        if (node == null) return null;
        keys.check(node, PATH, SchemaKeys.Section.TRAY_ICON);
        String id = f.text(node, PATH, "id", true, "give the id TrayIcon.getById finds it by, e.g. \"id\": \"main\"");
        if (id != null && id.isBlank()) {
            throw f.fail(PATH + ".id", PATH + ".id must not be empty. Fix: e.g. \"id\": \"main\", or leave it out for \"main\"");
        }
        if (!node.has("iconPath") || node.get("iconPath").isNull()) {
            throw f.fail(PATH + ".iconPath", PATH + ".iconPath is missing (Tauri requires it). Fix: " + ICON_FIX);
        }
        String icon = f.text(node, PATH, "iconPath", false, ICON_FIX);
        String lower = icon.toLowerCase(Locale.ROOT);
        if (icon.isBlank() || !(lower.endsWith(".png") || lower.endsWith(".ico"))) {
            // Tauri's build embeds PNG and ICO only, told apart by the extension
            throw f.fail(PATH + ".iconPath", PATH + ".iconPath must be a .png or .ico file, found " + JsonFields.describe(node.get("iconPath"))
                    + ". Fix: " + ICON_FIX);
        }
        boolean template = f.bool(node, PATH, "iconAsTemplate", false);
        // menuOnLeftClick is deprecated since Tauri 2.2; the new key wins when both are given
        boolean onLeft = f.bool(node, PATH, "menuOnLeftClick", true);
        onLeft = f.bool(node, PATH, "showMenuOnLeftClick", onLeft);
        String title = f.text(node, PATH, "title", true, "e.g. \"title\": \"My App\"");
        String tooltip = f.text(node, PATH, "tooltip", true, "e.g. \"tooltip\": \"My App\"");
        return new TrayIconConfig(id, icon, template, onLeft, title, tooltip);
    }
}
