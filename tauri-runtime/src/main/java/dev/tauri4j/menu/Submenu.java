package dev.tauri4j.menu;

import dev.tauri4j.plugin.Image;
import java.util.List;

/** A submenu: an item with a text that opens a list of items. */
public final class Submenu extends MenuContainer {

    private String text;
    private boolean enabled;
    private Image icon;

    Submenu(String id, String text, boolean enabled, Image icon, List<MenuItemBase> items) {
        super(id, items);
        this.text = text(text);
        this.enabled = enabled;
        this.icon = icon;
    }

    /** A builder for a submenu showing {@code text}. */
    public static Builder builder(String text) {
        return new Builder(text(text));
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SUBMENU;
    }

    /** The text. */
    public synchronized String text() {
        return text;
    }

    /** Changes the text. */
    public void setText(String text) {
        synchronized (this) {
            this.text = text(text);
        }
        changed();
    }

    /** Whether it can be opened. */
    public synchronized boolean isEnabled() {
        return enabled;
    }

    /** Enables or disables it. */
    public void setEnabled(boolean enabled) {
        synchronized (this) {
            this.enabled = enabled;
        }
        changed();
    }

    /** The icon shown before the text, or null. */
    public synchronized Image icon() {
        return icon;
    }

    /** Sets or (null) removes the icon. */
    public void setIcon(Image icon) {
        synchronized (this) {
            this.icon = icon;
        }
        changed();
    }

    /** Builds a {@link Submenu}. */
    public static final class Builder extends ItemsBuilder<Builder> {

        private final String text;
        private boolean enabled = true;
        private Image icon;

        Builder(String text) {
            this.text = text;
        }

        /** Whether it starts enabled (default true). */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** An icon before the text. */
        public Builder icon(Image icon) {
            this.icon = icon;
            return this;
        }

        /** The submenu. */
        public Submenu build() {
            return new Submenu(id, text, enabled, icon, items);
        }
    }
}
