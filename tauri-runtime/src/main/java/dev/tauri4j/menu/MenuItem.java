package dev.tauri4j.menu;

import java.util.function.Consumer;

/** A plain menu item: a text to click. */
public final class MenuItem extends TextItem {

    MenuItem(String id, String text, boolean enabled, String accelerator, Consumer<MenuEvent> action) {
        super(id, text, enabled, accelerator, action);
    }

    /** A builder for an item showing {@code text}. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MENU_ITEM;
    }

    /** Builds a {@link MenuItem}. */
    public static final class Builder extends TextItem.Builder<Builder> {

        Builder(String text) {
            super(text);
        }

        /** The item. */
        public MenuItem build() {
            return new MenuItem(id, text, enabled, accelerator, action);
        }
    }
}
