package dev.tauri4j.menu;

import dev.tauri4j.internal.platform.Accelerator;
import java.util.function.Consumer;

/**
 * What {@link MenuItem}, {@link CheckMenuItem} and {@link IconMenuItem} share: a text, an enabled flag, an optional
 * accelerator and an optional Java action run on each click (besides the app's and the window's menu listeners).
 */
public abstract sealed class TextItem extends MenuItemBase permits MenuItem, CheckMenuItem, IconMenuItem {

    private String text;
    private boolean enabled;
    private String accelerator;
    private final Consumer<MenuEvent> action;

    TextItem(String id, String text, boolean enabled, String accelerator, Consumer<MenuEvent> action) {
        super(id);
        this.text = text(text);
        this.enabled = enabled;
        this.accelerator = checked(accelerator);
        this.action = action;
    }

    /** The text; {@code &} before a letter makes it the mnemonic, as in Tauri. */
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

    /** Whether it can be clicked. */
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

    /** The accelerator ({@code "CmdOrCtrl+O"}), or null. */
    public synchronized String accelerator() {
        return accelerator;
    }

    /**
     * Sets or (null) removes the accelerator; it works while the item is in a window's menu bar.
     *
     * @throws IllegalArgumentException when it is not an accelerator (the message says what is wrong)
     */
    public void setAccelerator(String accelerator) {
        String valid = checked(accelerator);
        synchronized (this) {
            this.accelerator = valid;
        }
        changed();
    }

    /** The Java action, or null. */
    public Consumer<MenuEvent> action() {
        return action;
    }

    private static String checked(String accelerator) {
        if (accelerator != null) Accelerator.parse(accelerator);
        return accelerator;
    }

    /** What the builders of the three item kinds share. */
    abstract static sealed class Builder<B extends Builder<B>> permits MenuItem.Builder, CheckMenuItem.Builder, IconMenuItem.Builder {
        final String text;
        String id;
        boolean enabled = true;
        String accelerator;
        Consumer<MenuEvent> action;

        Builder(String text) {
            this.text = text(text);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** The id events carry (generated when not set). */
        public B id(String id) {
            this.id = id;
            return self();
        }

        /** Whether it starts enabled (default true). */
        public B enabled(boolean enabled) {
            this.enabled = enabled;
            return self();
        }

        /** An accelerator such as {@code "CmdOrCtrl+O"}. */
        public B accelerator(String accelerator) {
            this.accelerator = accelerator;
            return self();
        }

        /** A Java action for each click. */
        public B onClick(Consumer<MenuEvent> action) {
            this.action = action;
            return self();
        }
    }
}
