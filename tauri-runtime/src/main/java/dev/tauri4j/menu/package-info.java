/**
 * Native menus, as Tauri's {@code tauri::menu} and {@code @tauri-apps/api/menu}: window menu bars, the app menu and
 * context menus, built from {@link dev.tauri4j.menu.Menu}, {@link dev.tauri4j.menu.Submenu} and the item types.
 * The same objects are what JS holds by rid; a change made from Java or JS shows at once wherever the item is shown.
 * See docs/menus.md.
 */
package dev.tauri4j.menu;
