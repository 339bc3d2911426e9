package dev.tauri4j;

/**
 * A click on a tray icon, as Tauri's {@code TrayIconEvent::Click}: the icon's id, the button ({@code Left},
 * {@code Right}, {@code Middle}), its state ({@code Up}: StatusNotifierItem hosts report a finished click) and
 * where on the screen, in physical pixels.
 */
public record TrayIconEvent(String type, String id, String button, String buttonState, int x, int y) {}
