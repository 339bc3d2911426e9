package dev.tauri4j.menu;

/** The kinds of menu objects, with the names {@code @tauri-apps/api/menu} sends ({@code "Check"}, ...). */
public enum ItemKind {
    MENU("Menu"),
    SUBMENU("Submenu"),
    MENU_ITEM("MenuItem"),
    CHECK("Check"),
    ICON("Icon"),
    PREDEFINED("Predefined");

    private final String wireName;

    ItemKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire. */
    public String wireName() {
        return wireName;
    }

    /** The kind named {@code name} on the wire, or null. */
    public static ItemKind ofWireName(String name) {
        for (ItemKind k : values()) if (k.wireName.equals(name)) return k;
        return null;
    }
}
