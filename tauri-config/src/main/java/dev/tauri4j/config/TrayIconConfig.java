package dev.tauri4j.config;

import java.util.Objects;

/**
 * {@code app.trayIcon}: the tray icon the app shows from its start, as Tauri's {@code TrayIconConfig}.
 *
 * @param id                  the id {@code TrayIcon.getById} finds it by ({@code "main"} when not given, as in Tauri)
 * @param iconPath            a PNG or ICO file, relative to the config file's folder (required)
 * @param iconAsTemplate      macOS template image; kept, no effect on Linux
 * @param showMenuOnLeftClick whether a left click opens the menu ({@code menuOnLeftClick} before Tauri 2.2); kept,
 *                            unsupported on Linux as in Tauri
 * @param title               the label next to the icon, where the panel shows one; null for none
 * @param tooltip             the text shown when the pointer rests on the icon; null for none
 */
public record TrayIconConfig(String id, String iconPath, boolean iconAsTemplate, boolean showMenuOnLeftClick, String title,
                             String tooltip) {

    /** Tauri's id for the tray icon of the config. */
    public static final String DEFAULT_ID = "main";

    public TrayIconConfig {
        Objects.requireNonNull(iconPath, "iconPath");
        if (id == null) id = DEFAULT_ID;
    }
}
