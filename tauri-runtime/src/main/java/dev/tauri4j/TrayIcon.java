package dev.tauri4j;

import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.plugin.Image;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An icon in the desktop's tray (Tauri's {@code TrayIcon}), made with {@link #builder(String)}; the same icons that
 * {@code @tauri-apps/api/tray} makes. On Linux it is a StatusNotifierItem, shown by the panel's tray host.
 */
public interface TrayIcon {

    /** The icon's id, unique in the app. */
    String id();

    /** Replaces the picture; null shows none. */
    void setIcon(Image icon) throws IOException;

    /** The text shown when the pointer rests on the icon; null for none. */
    void setTooltip(String tooltip) throws IOException;

    /** The label next to the icon, where the panel shows one; null for none. */
    void setTitle(String title) throws IOException;

    /** Shows or hides the icon (a hidden StatusNotifierItem is {@code Passive}). */
    void setVisible(boolean visible) throws IOException;

    /**
     * Sets (null: removes) the menu the tray host opens on a right click; its clicks go where window menu clicks go
     * ({@code onClick}, {@code App.onMenuEvent} with no window, the JS {@code action}). Without a menu, right clicks
     * arrive as events.
     */
    void setMenu(MenuContainer menu) throws IOException;

    /** The menu, if there is one. */
    Optional<MenuContainer> menu();

    /** Adds a listener for clicks on the icon; events arrive on the UI thread. */
    void onEvent(Consumer<TrayIconEvent> listener);

    /** Takes the icon off the desktop and out of the app. */
    void remove();

    /** A tray icon with this id (null: one is made up). */
    static Builder builder(String id) {
        return new Builder(id);
    }

    /** What a tray icon starts with; {@link #build(App)} shows it. */
    final class Builder {
        private final String id;
        private Image icon;
        private String tooltip;
        private String title;
        private MenuContainer menu;
        private final List<Consumer<TrayIconEvent>> listeners = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder icon(Image icon) {
            this.icon = icon;
            return this;
        }

        public Builder tooltip(String tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The menu (a {@code Menu} or {@code Submenu}) opened on a right click; see {@link TrayIcon#setMenu}. */
        public Builder menu(MenuContainer menu) {
            this.menu = menu;
            return this;
        }

        public Builder onEvent(Consumer<TrayIconEvent> listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Shows the icon in {@code app}; an id in use is an error. Without a tray host a warning says what to run, and the
         * icon appears when one starts (or restarts).
         */
        public TrayIcon build(App app) throws IOException {
            return app.newTrayIcon(this);
        }

        public String id() {
            return id;
        }

        public Image icon() {
            return icon;
        }

        public String tooltip() {
            return tooltip;
        }

        public String title() {
            return title;
        }

        public MenuContainer menu() {
            return menu;
        }

        public List<Consumer<TrayIconEvent>> listeners() {
            return List.copyOf(listeners);
        }
    }
}
