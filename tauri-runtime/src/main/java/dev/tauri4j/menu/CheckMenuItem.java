package dev.tauri4j.menu;

import java.util.function.Consumer;

/** An item with a check mark; a click toggles it before the event is sent. */
public final class CheckMenuItem extends TextItem {

    private boolean checked;

    CheckMenuItem(String id, String text, boolean enabled, String accelerator, Consumer<MenuEvent> action, boolean checked) {
        super(id, text, enabled, accelerator, action);
        this.checked = checked;
    }

    /** A builder for an item showing {@code text}. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CHECK;
    }

    /** Whether it is checked. */
    public synchronized boolean isChecked() {
        return checked;
    }

    /** Checks or unchecks it (no event is sent). */
    public void setChecked(boolean checked) {
        synchronized (this) {
            if (this.checked == checked) return;
            this.checked = checked;
        }
        changed();
    }

    /** Builds a {@link CheckMenuItem}. */
    public static final class Builder extends TextItem.Builder<Builder> {

        private boolean checked;

        Builder(String text) {
            super(text);
        }

        /** Whether it starts checked (default false). */
        public Builder checked(boolean checked) {
            this.checked = checked;
            return this;
        }

        /** The item. */
        public CheckMenuItem build() {
            return new CheckMenuItem(id, text, enabled, accelerator, action, checked);
        }
    }
}
