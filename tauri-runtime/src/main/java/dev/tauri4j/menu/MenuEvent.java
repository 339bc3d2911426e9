package dev.tauri4j.menu;

/**
 * A click on a menu item (or its accelerator), as Tauri's {@code MenuEvent}.
 *
 * @param id     the item's id
 * @param window the label of the window whose menu bar or context menu it was in; null for a tray icon's menu
 */
public record MenuEvent(String id, String window) {}
