package dev.tauri4j.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What {@link Menu.Builder} and {@link Submenu.Builder} share: adding items in order. */
public abstract sealed class ItemsBuilder<B extends ItemsBuilder<B>> permits Menu.Builder, Submenu.Builder {

    final List<MenuItemBase> items = new ArrayList<>();
    String id;

    ItemsBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The id of the menu being built (generated when not set). */
    public B id(String id) {
        this.id = id;
        return self();
    }

    /** Adds an item made elsewhere (the same item may be in several menus). */
    public B item(MenuItemBase item) {
        items.add(java.util.Objects.requireNonNull(item, "item"));
        return self();
    }

    /** Adds a plain item. */
    public B text(String id, String text) {
        return item(MenuItem.builder(text).id(id).build());
    }

    /** Adds a plain item with an accelerator such as {@code "CmdOrCtrl+O"}. */
    public B text(String id, String text, String accelerator) {
        return item(MenuItem.builder(text).id(id).accelerator(accelerator).build());
    }

    /** Adds a check item. */
    public B check(String id, String text, boolean checked) {
        return item(CheckMenuItem.builder(text).id(id).checked(checked).build());
    }

    /** Adds a separator line. */
    public B separator() {
        return item(PredefinedMenuItem.of(PredefinedMenuItem.Type.SEPARATOR));
    }

    /** Adds a predefined item with its default text. */
    public B predefined(PredefinedMenuItem.Type type) {
        return item(PredefinedMenuItem.of(type));
    }

    /** Adds a submenu filled by {@code items}. */
    public B submenu(String text, Consumer<Submenu.Builder> items) {
        Submenu.Builder b = Submenu.builder(text);
        items.accept(b);
        return item(b.build());
    }
}
