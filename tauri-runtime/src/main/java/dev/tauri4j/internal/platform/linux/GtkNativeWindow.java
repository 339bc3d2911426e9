package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.internal.platform.NativeWindow;
import dev.tauri4j.internal.platform.ResizeDirection;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** The GtkWindow side of a {@link GtkWebview}: geometry, state, and the window signals reported to the handler. */
final class GtkNativeWindow implements NativeWindow {

    private final GtkWebview owner;
    private final MemorySegment window;
    private final MemorySegment view;
    private final GtkSizeLimits limits = new GtkSizeLimits();
    private boolean alwaysOnTop;
    // window-state bits, scale and theme as last reported (UI thread); GtkWindowSignals keeps them current
    int state;
    int scale;
    boolean dark;

    GtkNativeWindow(GtkWebview owner, MemorySegment window, MemorySegment view) {
        this.owner = owner;
        this.window = window;
        this.view = view;
    }

    @Override
    public MemorySegment handle() {
        return window;
    }

    /** Connects the window signals; {@code data} is the webview id. */
    void connect(MemorySegment data) {
        GtkWindowSignals.connect(window, data);
        scale = gtkScale();
        dark = darkTheme();
    }

    /** Records the initial always-on-top flag (GTK has no getter for it). */
    void initAlwaysOnTop(boolean onTop) {
        alwaysOnTop = onTop;
    }

    @Override
    public String title() {
        return call(() -> Native.string((MemorySegment) GtkWindowFns.gtk_window_get_title.h().invokeExact(window)));
    }

    @Override
    public Bounds inner() {
        return call(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment w = arena.allocate(INT), h = arena.allocate(INT), x = arena.allocate(INT), y = arena.allocate(INT);
                Gtk.gtk_window_get_size.h().invokeExact(window, w, h);
                MemorySegment gdk = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(window);
                if (!gdk.equals(NULL)) {
                    int ignored = (int) Gtk.gdk_window_get_origin.h().invokeExact(gdk, x, y);
                }
                return new Bounds(x.get(INT, 0), y.get(INT, 0), w.get(INT, 0), h.get(INT, 0));
            }
        });
    }

    @Override
    public Bounds outer() {
        return call(() -> {
            MemorySegment gdk = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(window);
            if (gdk.equals(NULL)) return inner(); // not realized yet: no frame either
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment rect = arena.allocate(ValueLayout.JAVA_INT, 4);
                Gtk.gdk_window_get_frame_extents.h().invokeExact(gdk, rect);
                return new Bounds(rect.getAtIndex(INT, 0), rect.getAtIndex(INT, 1), rect.getAtIndex(INT, 2), rect.getAtIndex(INT, 3));
            }
        });
    }

    @Override
    public double scaleFactor() {
        return gtkScale();
    }

    /** GTK 3 scales by whole numbers only. */
    int gtkScale() {
        return call(() -> (int) Gtk.gtk_widget_get_scale_factor.h().invokeExact(window));
    }

    @Override
    public WindowStates states() {
        return call(() -> new WindowStates(
                (int) GtkWindowFns.gtk_widget_get_visible.h().invokeExact(window) != 0,
                (state & Gtk.STATE_ICONIFIED) != 0,
                (state & Gtk.STATE_MAXIMIZED) != 0,
                (state & Gtk.STATE_FULLSCREEN) != 0,
                (int) GtkWindowFns.gtk_window_is_active.h().invokeExact(window) != 0,
                (int) GtkWindowFns.gtk_window_get_resizable.h().invokeExact(window) != 0,
                (int) GtkWindowFns.gtk_window_get_decorated.h().invokeExact(window) != 0,
                alwaysOnTop,
                (int) GtkWindowFns.gtk_window_get_deletable.h().invokeExact(window) != 0,
                (int) GtkWindowFns.gtk_widget_get_sensitive.h().invokeExact(window) != 0));
    }

    @Override
    public boolean darkTheme() {
        return call(GtkScreen::dark);
    }

    @Override
    public void setDarkTheme(Boolean dark) {
        run(() -> GtkScreen.setDark(dark));
    }

    @Override
    public Monitor currentMonitor() {
        return call(() -> GtkScreen.of(window));
    }

    @Override
    public Monitor primaryMonitor() {
        return call(GtkScreen::primary);
    }

    @Override
    public List<Monitor> monitors() {
        return call(GtkScreen::monitors);
    }

    @Override
    public Monitor monitorFromPoint(double x, double y) {
        // GDK looks monitors up in logical pixels, one scale for the whole screen
        int s = gtkScale();
        return call(() -> GtkScreen.at((int) Math.floor(x / s), (int) Math.floor(y / s)));
    }

    @Override
    public Bounds cursorPosition() {
        return call(GtkScreen::cursor);
    }

    @Override
    public void warpCursor(int x, int y) {
        run(() -> {
            Bounds inner = inner();
            GtkScreen.warp(inner.x() + x, inner.y() + y);
        });
    }

    @Override
    public void setClosable(boolean closable) {
        flag(GtkWindowFns.gtk_window_set_deletable, closable);
    }

    @Override
    public void setEnabled(boolean enabled) {
        flag(GtkWindowFns.gtk_widget_set_sensitive, enabled);
    }

    @Override
    public void setSkipTaskbar(boolean skip) {
        flag(GtkWindowFns.gtk_window_set_skip_taskbar_hint, skip);
    }

    @Override
    public void setAlwaysOnBottom(boolean onBottom) {
        flag(GtkWindowFns.gtk_window_set_keep_below, onBottom);
    }

    @Override
    public void setUrgent(boolean urgent) {
        flag(GtkWindowFns.gtk_window_set_urgency_hint, urgent);
    }

    @Override
    public void setVisibleOnAllWorkspaces(boolean all) {
        act(all ? GtkWindowFns.gtk_window_stick : GtkWindowFns.gtk_window_unstick);
    }

    @Override
    public void startDragging() {
        run(() -> {
            Bounds pointer = GtkScreen.cursor();
            int time = (int) GtkWindowFns.gtk_get_current_event_time.h().invokeExact();
            GtkWindowFns.gtk_window_begin_move_drag.h().invokeExact(window, 1, pointer.x(), pointer.y(), time);
        });
    }

    @Override
    public void startResizeDragging(ResizeDirection direction) {
        int edge = switch (direction) { // GdkWindowEdge
            case NORTH_WEST -> 0;
            case NORTH -> 1;
            case NORTH_EAST -> 2;
            case WEST -> 3;
            case EAST -> 4;
            case SOUTH_WEST -> 5;
            case SOUTH -> 6;
            case SOUTH_EAST -> 7;
        };
        run(() -> {
            Bounds pointer = GtkScreen.cursor();
            int time = (int) GtkWindowFns.gtk_get_current_event_time.h().invokeExact();
            GtkWindowFns.gtk_window_begin_resize_drag.h().invokeExact(window, edge, 1, pointer.x(), pointer.y(), time);
        });
    }

    @Override
    public void setFocusable(boolean focusable) {
        flag(GtkWindowFns.gtk_window_set_accept_focus, focusable);
    }

    @Override
    public void resize(int width, int height) {
        run(() -> {
            Gtk.gtk_window_resize.h().invokeExact(window, Math.max(1, width), Math.max(1, height));
        });
    }

    @Override
    public void move(int x, int y) {
        run(() -> {
            GtkWindowFns.gtk_window_move.h().invokeExact(window, x, y);
        });
    }

    @Override
    public void setMinSize(Integer width, Integer height) {
        limits.min(width, height);
        run(() -> limits.apply(window));
    }

    @Override
    public void setMaxSize(Integer width, Integer height) {
        limits.max(width, height);
        run(() -> limits.apply(window));
    }

    @Override
    public void center() {
        run(() -> GtkScreen.center(window, this));
    }

    @Override
    public void setMinimized(boolean minimized) {
        act(minimized ? GtkWindowFns.gtk_window_iconify : GtkWindowFns.gtk_window_deiconify);
    }

    @Override
    public void setMaximized(boolean maximized) {
        act(maximized ? GtkWindowFns.gtk_window_maximize : GtkWindowFns.gtk_window_unmaximize);
    }

    @Override
    public void setFullscreen(boolean fullscreen) {
        act(fullscreen ? Gtk.gtk_window_fullscreen : GtkWindowFns.gtk_window_unfullscreen);
    }

    @Override
    public void focus() {
        act(Gtk.gtk_window_present);
    }

    @Override
    public void setResizable(boolean resizable) {
        flag(Gtk.gtk_window_set_resizable, resizable);
    }

    @Override
    public void setDecorated(boolean decorated) {
        flag(Gtk.gtk_window_set_decorated, decorated);
    }

    @Override
    public void setAlwaysOnTop(boolean onTop) {
        alwaysOnTop = onTop;
        flag(Gtk.gtk_window_set_keep_above, onTop);
    }

    @Override
    public void requestClose() {
        act(GtkWindowFns.gtk_window_close);
    }

    @Override
    public void setBackgroundColor(int[] rgba) {
        run(() -> GtkScreen.paintWindow(window, rgba));
    }

    @Override
    public void setWebviewBackgroundColor(int[] rgba) {
        run(() -> GtkScreen.paintView(view, rgba == null ? new int[] {255, 255, 255, 255} : rgba));
    }

    @Override
    public void clearBrowsingData(java.util.function.Consumer<String> done) {
        if (owner.isDestroyed()) {
            done.accept("the window is closed");
            return;
        }
        run(() -> GtkDataClearing.clear(view, done));
    }

    @Override
    public void setWebviewVisible(boolean visible) {
        run(() -> {
            if (visible) Gtk.gtk_widget_show.h().invokeExact(view);
            else Gtk.gtk_widget_hide.h().invokeExact(view);
        });
    }

    @Override
    public void setZoom(double factor) {
        run(() -> {
            WebKit.web_view_set_zoom_level.h().invokeExact(view, factor);
        });
    }

    @Override
    public void setIgnoreCursorEvents(boolean ignore) {
        run(() -> GtkWindowLooks.ignoreCursorEvents(window, ignore));
    }

    @Override
    public void setIcon(dev.tauri4j.plugin.Image icon) {
        run(() -> GtkWindowLooks.setIcon(window, icon));
    }

    // ---- plumbing: a failing native call becomes an IllegalStateException naming it

    private interface NativeCall<T> {
        T call() throws Throwable;
    }

    private interface NativeAction {
        void run() throws Throwable;
    }

    private <T> T call(NativeCall<T> c) {
        if (owner.isDestroyed()) throw new IllegalStateException("the window is closed");
        try {
            return c.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A GTK setter taking the window and a gboolean. */
    private void flag(Native.Fn fn, boolean on) {
        run(() -> {
            MethodHandle h = fn.h();
            h.invokeExact(window, on ? 1 : 0);
        });
    }

    /** A GTK function taking only the window. */
    private void act(Native.Fn fn) {
        run(() -> {
            MethodHandle h = fn.h();
            h.invokeExact(window);
        });
    }

    private void run(NativeAction a) {
        if (owner.isDestroyed()) return; // a late call on a closed window does nothing, as in Tauri
        call(() -> {
            a.run();
            return null;
        });
    }
}
