package dev.tauri4j.menu;

import dev.tauri4j.plugin.Image;
import java.util.function.Consumer;

/**
 * An item with an icon before its text. Tauri's native icons ({@code NativeIcon}: macOS images) are kept by name and
 * show nothing on Linux.
 */
public final class IconMenuItem extends TextItem {

    private Image icon;
    private String nativeIcon;

    IconMenuItem(String id, String text, boolean enabled, String accelerator, Consumer<MenuEvent> action, Image icon,
            String nativeIcon) {
        super(id, text, enabled, accelerator, action);
        this.icon = icon;
        this.nativeIcon = nativeIcon;
    }

    /** A builder for an item showing {@code text}. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.ICON;
    }

    /** The icon, or null. */
    public synchronized Image icon() {
        return icon;
    }

    /** The name of the native (macOS) icon, or null. */
    public synchronized String nativeIcon() {
        return nativeIcon;
    }

    /** Sets or (null) removes the icon. */
    public void setIcon(Image icon) {
        synchronized (this) {
            this.icon = icon;
            this.nativeIcon = null;
        }
        changed();
    }

    /** Sets a native (macOS) icon by its {@code NativeIcon} name, or (null) removes it; it shows nothing on Linux. */
    public void setNativeIcon(String name) {
        synchronized (this) {
            this.nativeIcon = name;
            this.icon = null;
        }
        changed();
    }

    /** Builds an {@link IconMenuItem}. */
    public static final class Builder extends TextItem.Builder<Builder> {

        private Image icon;
        private String nativeIcon;

        Builder(String text) {
            super(text);
        }

        /** The icon. */
        public Builder icon(Image icon) {
            this.icon = icon;
            return this;
        }

        /** A native (macOS) icon by name. */
        public Builder nativeIcon(String name) {
            this.nativeIcon = name;
            return this;
        }

        /** The item. */
        public IconMenuItem build() {
            return new IconMenuItem(id, text, enabled, accelerator, action, icon, nativeIcon);
        }
    }
}
