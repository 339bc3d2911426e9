package dev.tauri4j.internal.core.tray;

import dev.tauri4j.TrayIcon;
import dev.tauri4j.TrayIconEvent;
import dev.tauri4j.internal.platform.MenuClicks;
import dev.tauri4j.internal.platform.NativeTray;
import dev.tauri4j.internal.platform.WebviewPlatform;
import dev.tauri4j.menu.MenuContainer;
import dev.tauri4j.plugin.Image;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The app's tray icons by id (Tauri's {@code app.tray_by_id}), made from Java or through {@code plugin:tray|new}. */
public final class Trays {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.tray");
    private final WebviewPlatform platform;
    private final MenuClicks menuClicks;
    private final Map<String, Icon> icons = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** @param menuClicks where clicks on the items of tray menus go (the app's menu events) */
    public Trays(WebviewPlatform platform, MenuClicks menuClicks) {
        this.platform = platform;
        this.menuClicks = menuClicks;
    }

    /** Shows a new icon; an id in use is an error (no tray host is not: the icon waits for one). */
    public TrayIcon create(TrayIcon.Builder builder) throws IOException {
        String id = builder.id() != null ? builder.id() : "tray-" + ids.incrementAndGet();
        Icon icon = new Icon(id, new NativeTray.State(builder.icon(), builder.tooltip(), builder.title(), true, builder.menu()));
        icon.listeners.addAll(builder.listeners());
        if (icons.putIfAbsent(id, icon) != null) {
            throw new IllegalArgumentException("a tray icon with the id \"" + id + "\" exists already; give each tray icon its own id");
        }
        try {
            icon.tray = platform.createTray(id, icon.state, icon::clicked, menuClicks);
        } catch (IOException | RuntimeException e) {
            icons.remove(id);
            throw e;
        }
        return icon;
    }

    public Optional<TrayIcon> byId(String id) {
        return Optional.ofNullable(icons.get(id));
    }

    /** Removes the icon; false when there is none with this id. */
    public boolean remove(String id) {
        Icon icon = icons.remove(id);
        if (icon == null) return false;
        icon.tray.remove();
        return true;
    }

    /** Takes every icon off the desktop (at exit). */
    public void removeAll() {
        for (String id : List.copyOf(icons.keySet())) remove(id);
    }

    /** One icon: its state, what shows it, and its listeners. */
    private final class Icon implements TrayIcon {
        private final String id;
        private final List<Consumer<TrayIconEvent>> listeners = new CopyOnWriteArrayList<>();
        private volatile NativeTray.State state;
        private volatile NativeTray tray;

        private Icon(String id, NativeTray.State state) {
            this.id = id;
            this.state = state;
        }

        private void clicked(NativeTray.Click click) {
            TrayIconEvent event = new TrayIconEvent("Click", id, click.button(), "Up", click.x(), click.y());
            for (Consumer<TrayIconEvent> l : listeners) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "a tray icon listener failed", e);
                }
            }
        }

        private synchronized void change(NativeTray.State next) throws IOException {
            state = next;
            tray.update(next);
        }

        @Override public String id() { return id; }

        @Override public void setIcon(Image icon) throws IOException {
            NativeTray.State s = state;
            change(new NativeTray.State(icon, s.tooltip(), s.title(), s.visible(), s.menu()));
        }

        @Override public void setTooltip(String tooltip) throws IOException {
            NativeTray.State s = state;
            change(new NativeTray.State(s.icon(), tooltip, s.title(), s.visible(), s.menu()));
        }

        @Override public void setTitle(String title) throws IOException {
            NativeTray.State s = state;
            change(new NativeTray.State(s.icon(), s.tooltip(), title, s.visible(), s.menu()));
        }

        @Override public void setVisible(boolean visible) throws IOException {
            NativeTray.State s = state;
            change(new NativeTray.State(s.icon(), s.tooltip(), s.title(), visible, s.menu()));
        }

        @Override public void setMenu(MenuContainer menu) throws IOException {
            NativeTray.State s = state;
            change(new NativeTray.State(s.icon(), s.tooltip(), s.title(), s.visible(), menu));
        }

        @Override public Optional<MenuContainer> menu() {
            return Optional.ofNullable(state.menu());
        }

        @Override public void onEvent(Consumer<TrayIconEvent> listener) {
            listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        }

        @Override public void remove() {
            Trays.this.remove(id);
        }
    }
}
