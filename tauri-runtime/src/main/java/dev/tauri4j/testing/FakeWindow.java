package dev.tauri4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.Event;
import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.Window;
import dev.tauri4j.internal.core.resources.ResourceTable;
import dev.tauri4j.internal.ipc.JsonCodec;
import dev.tauri4j.plugin.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A window without a display, for unit tests of commands, plugins and listeners that take a {@link Window}: it keeps
 * the state that its setters set (title, geometry, visibility, ...), records what was emitted and evaluated, and
 * delivers {@link #fire fired} events to its listeners. Sizes are physical pixels: logical values times
 * {@link #scaleFactor()}. Thread-safe, like the real windows.
 */
public final class FakeWindow implements Window {

    /** One {@link #emit} call. */
    public record Emitted(String event, JsonNode payload) {}

    private final String label;
    private final double scale;
    private final List<Emitted> emitted = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final Map<Long, Listener> listeners = new ConcurrentHashMap<>();
    private final AtomicLong nextListener = new AtomicLong(1);
    private final ResourceTable resources;
    private volatile Predicate<Window> closeDecider;
    private volatile String title = "";
    private volatile String url = "tauri://localhost/";
    private volatile PhysicalSize size = new PhysicalSize(800, 600);
    private volatile PhysicalPosition position = new PhysicalPosition(0, 0);
    private volatile boolean visible = true, minimized, maximized, fullscreen, focused, resizable = true,
            decorations = true, alwaysOnTop, closed;

    private record Listener(String event, Consumer<Event> handler) {}

    /**
     * One {@link #popupMenu} call.
     *
     * @param menu the menu
     * @param x    the logical x, or null for "at the pointer"
     * @param y    the logical y, or null
     */
    public record Popup(dev.tauri4j.menu.MenuContainer menu, Double x, Double y) {}

    private final List<Popup> popups = new ArrayList<>();
    private volatile dev.tauri4j.menu.Menu menu;

    /** A window labelled {@code label} at scale factor 1. */
    public FakeWindow(String label) {
        this(label, 1.0);
    }

    /** A window labelled {@code label} on a monitor with {@code scaleFactor} (1.25 for Windows' 125 %). */
    public FakeWindow(String label, double scaleFactor) {
        if (label == null || label.isEmpty()) throw new IllegalArgumentException("a window label must not be empty");
        if (!(scaleFactor > 0)) throw new IllegalArgumentException("scaleFactor must be positive, was " + scaleFactor);
        this.label = label;
        this.scale = scaleFactor;
        this.resources = new ResourceTable("window '" + label + "'");
    }

    /** Delivers an event to this window's Java listeners, as the runtime does for {@code tauri://resize} etc. */
    public void fire(String event, Object payload) {
        JsonNode json = JsonCodec.mapper().valueToTree(payload);
        listeners.forEach((id, l) -> {
            if (l.event().equals(event)) l.handler().accept(new Event(event, id, json));
        });
    }

    /** What {@link #emit} was given, in order. */
    public synchronized List<Emitted> emitted() {
        return List.copyOf(emitted);
    }

    /** The scripts {@link #eval} was given, in order. */
    public synchronized List<String> scripts() {
        return List.copyOf(scripts);
    }

    /** Whether {@link #close} ran, or a {@link #requestClose} was allowed. */
    public boolean isClosed() {
        return closed;
    }

    @Override public String label() { return label; }

    @Override
    public synchronized void emit(String event, Object payload) {
        emitted.add(new Emitted(event, JsonCodec.mapper().valueToTree(payload)));
    }

    @Override
    public long listen(String event, Consumer<Event> handler) {
        long id = nextListener.getAndIncrement();
        listeners.put(id, new Listener(event, handler));
        return id;
    }

    /** Removes a listener that {@link #listen} returned. */
    public void unlisten(long id) {
        listeners.remove(id);
    }

    @Override public synchronized void eval(String script) { scripts.add(script); }
    @Override public void setTitle(String title) { this.title = title; }
    @Override public String title() { return title; }
    @Override
    public void close() {
        closed = true;
        resources.closeAll();
    }

    @Override public Resources resources() { return resources; }
    @Override public String url() { return url; }

    /** Pretends the window loaded {@code url} (it starts on {@code tauri://localhost/}); null is before any load. */
    public void setUrl(String url) { this.url = url; }
    @Override public java.lang.foreign.MemorySegment nativeHandle() { return java.lang.foreign.MemorySegment.NULL; }

    @Override
    public void requestClose() {
        fire("tauri://close-requested", Map.of());
        Predicate<Window> decider = closeDecider;
        if (decider == null || decider.test(this)) closed = true;
    }

    @Override public void onCloseRequested(Predicate<Window> allowClose) { closeDecider = allowClose; }
    @Override public PhysicalSize innerSize() { return size; }
    @Override public PhysicalSize outerSize() { return size; }
    @Override public PhysicalPosition innerPosition() { return position; }
    @Override public PhysicalPosition outerPosition() { return position; }
    @Override public double scaleFactor() { return scale; }

    @Override
    public void setSize(double logicalWidth, double logicalHeight) {
        size = new PhysicalSize((int) Math.round(logicalWidth * scale), (int) Math.round(logicalHeight * scale));
    }

    @Override
    public void setPosition(double logicalX, double logicalY) {
        position = new PhysicalPosition((int) Math.round(logicalX * scale), (int) Math.round(logicalY * scale));
    }

    @Override public void center() { position = new PhysicalPosition(0, 0); }
    @Override public void show() { visible = true; }
    @Override public void hide() { visible = false; }
    @Override public boolean isVisible() { return visible; }
    @Override public void minimize() { minimized = true; }
    @Override public void unminimize() { minimized = false; }
    @Override public boolean isMinimized() { return minimized; }
    @Override public void maximize() { maximized = true; }
    @Override public void unmaximize() { maximized = false; }
    @Override public boolean isMaximized() { return maximized; }
    @Override public void setFullscreen(boolean fullscreen) { this.fullscreen = fullscreen; }
    @Override public boolean isFullscreen() { return fullscreen; }
    @Override public void setFocus() { focused = true; }
    @Override public boolean isFocused() { return focused; }
    @Override public void setResizable(boolean resizable) { this.resizable = resizable; }

    /** Whether the window can be resized (the real windows have no getter; tests need one). */
    public boolean isResizable() { return resizable; }

    @Override public void setDecorations(boolean decorations) { this.decorations = decorations; }

    /** Whether the window has decorations. */
    public boolean hasDecorations() { return decorations; }

    @Override public boolean isDecorated() { return decorations; }

    @Override public void setAlwaysOnTop(boolean alwaysOnTop) { this.alwaysOnTop = alwaysOnTop; }

    /** Whether the window is kept above others. */
    public boolean isAlwaysOnTop() { return alwaysOnTop; }

    private volatile boolean ignoresCursorEvents;
    private volatile dev.tauri4j.plugin.Image icon;
    private volatile dev.tauri4j.ProgressBarStatus progressStatus;
    private volatile Integer progress;
    private volatile Long badgeCount;

    @Override public void setIgnoreCursorEvents(boolean ignore) { this.ignoresCursorEvents = ignore; }

    /** Whether clicks pass through the window. */
    public boolean ignoresCursorEvents() { return ignoresCursorEvents; }

    @Override public void setIcon(dev.tauri4j.plugin.Image icon) { this.icon = icon; }

    /** The icon last set, or null. */
    public dev.tauri4j.plugin.Image icon() { return icon; }

    @Override
    public void setProgressBar(dev.tauri4j.ProgressBarStatus status, Integer progress) {
        if (status != null) this.progressStatus = status;
        if (progress != null) this.progress = progress;
    }

    /** The progress bar's status last set, or null. */
    public dev.tauri4j.ProgressBarStatus progressStatus() { return progressStatus; }

    /** The progress last set (0 to 100), or null. */
    public Integer progress() { return progress; }

    @Override public void setBadgeCount(Long count) { this.badgeCount = count; }

    /** The badge count last set, or null. */
    public Long badgeCount() { return badgeCount; }

    @Override public boolean isMaximizable() { return true; }

    @Override public boolean isMinimizable() { return true; }

    @Override public boolean isClosable() { return true; }

    @Override
    public String toString() {
        return "FakeWindow[" + label + "]";
    }

    @Override
    public dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu) {
        dev.tauri4j.menu.Menu previous = this.menu;
        this.menu = menu;
        return previous;
    }

    @Override
    public java.util.Optional<dev.tauri4j.menu.Menu> menu() {
        return java.util.Optional.ofNullable(menu);
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu) {
        synchronized (popups) {
            popups.add(new Popup(menu, null, null));
        }
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu, double logicalX, double logicalY) {
        synchronized (popups) {
            popups.add(new Popup(menu, logicalX, logicalY));
        }
    }

    /** The context menus shown so far, oldest first. */
    public List<Popup> popups() {
        synchronized (popups) {
            return List.copyOf(popups);
        }
    }
}
