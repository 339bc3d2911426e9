package dev.tauri4j.webview.linux;

import static dev.tauri4j.webview.linux.Native.INT;
import static dev.tauri4j.webview.linux.Native.NULL;
import static dev.tauri4j.webview.linux.Native.PTR;

import dev.tauri4j.webview.NativeWindow;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** The GtkWindow side of a {@link GtkWebview}: geometry, state, and the window signals reported to the handler. */
final class GtkNativeWindow implements NativeWindow {

    /** GdkGeometry: 8 gints, 2 gdoubles, 1 gint (GdkGravity). */
    private static final MemoryLayout GEOMETRY = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(8, ValueLayout.JAVA_INT), MemoryLayout.sequenceLayout(2, ValueLayout.JAVA_DOUBLE),
            ValueLayout.JAVA_INT, MemoryLayout.paddingLayout(4));
    /** GdkEventWindowState: new_window_state after type, window pointer, send_event and changed_mask. */
    private static final long NEW_WINDOW_STATE = 24;

    private final GtkWebview owner;
    private final MemorySegment window;
    private final MemorySegment view;
    private Integer minWidth, minHeight, maxWidth, maxHeight;
    private boolean alwaysOnTop;
    private int state;
    private int scale;

    GtkNativeWindow(GtkWebview owner, MemorySegment window, MemorySegment view) {
        this.owner = owner;
        this.window = window;
        this.view = view;
    }

    /** Stubs for the window signals, made with the first window. */
    static final class Stubs {
        static final MemorySegment CONFIGURE = Native.upcall(GtkNativeWindow.class, "onConfigure", INT, PTR, PTR, PTR);
        static final MemorySegment STATE = Native.upcall(GtkNativeWindow.class, "onWindowState", INT, PTR, PTR, PTR);
        static final MemorySegment FOCUS_IN = Native.upcall(GtkNativeWindow.class, "onFocusIn", INT, PTR, PTR, PTR);
        static final MemorySegment FOCUS_OUT = Native.upcall(GtkNativeWindow.class, "onFocusOut", INT, PTR, PTR, PTR);
        static final MemorySegment DELETE = Native.upcall(GtkNativeWindow.class, "onDelete", INT, PTR, PTR, PTR);
        static final MemorySegment SCALE = Native.upcall(GtkNativeWindow.class, "onScale", null, PTR, PTR, PTR);
    }

    /** Connects the window signals; {@code data} is the webview id. */
    void connect(MemorySegment data) {
        GLib.connect(window, "configure-event", Stubs.CONFIGURE, data);
        GLib.connect(window, "window-state-event", Stubs.STATE, data);
        GLib.connect(window, "focus-in-event", Stubs.FOCUS_IN, data);
        GLib.connect(window, "focus-out-event", Stubs.FOCUS_OUT, data);
        GLib.connect(window, "delete-event", Stubs.DELETE, data);
        GLib.connect(window, "notify::scale-factor", Stubs.SCALE, data);
        scale = scaleFactor();
    }

    /** Records the initial always-on-top flag (GTK has no getter for it). */
    void initAlwaysOnTop(boolean onTop) {
        alwaysOnTop = onTop;
    }

    @Override
    public String title() {
        return call(() -> Native.string((MemorySegment) Gtk.gtk_window_get_title.h().invokeExact(window)));
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
    public int scaleFactor() {
        return call(() -> (int) Gtk.gtk_widget_get_scale_factor.h().invokeExact(window));
    }

    @Override
    public WindowStates states() {
        return call(() -> new WindowStates(
                (int) Gtk.gtk_widget_get_visible.h().invokeExact(window) != 0,
                (state & Gtk.STATE_ICONIFIED) != 0,
                (state & Gtk.STATE_MAXIMIZED) != 0,
                (state & Gtk.STATE_FULLSCREEN) != 0,
                (int) Gtk.gtk_window_is_active.h().invokeExact(window) != 0,
                (int) Gtk.gtk_window_get_resizable.h().invokeExact(window) != 0,
                (int) Gtk.gtk_window_get_decorated.h().invokeExact(window) != 0,
                alwaysOnTop));
    }

    @Override
    public boolean darkTheme() {
        return call(() -> {
            MemorySegment settings = (MemorySegment) Gtk.gtk_settings_get_default.h().invokeExact();
            if (settings.equals(NULL)) return false;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment prefer = arena.allocate(INT);
                MemorySegment name = arena.allocate(PTR);
                Gtk.g_object_get_theme.h().invokeExact(settings, arena.allocateFrom("gtk-application-prefer-dark-theme"), prefer,
                        arena.allocateFrom("gtk-theme-name"), name, NULL);
                MemorySegment text = name.get(ValueLayout.ADDRESS, 0);
                String theme = Native.string(text);
                if (!text.equals(NULL)) GLib.g_free.h().invokeExact(text);
                // GTK's own convention: a dark variant is named "...-dark" (Adwaita-dark)
                return prefer.get(INT, 0) != 0 || (theme != null && theme.toLowerCase(java.util.Locale.ROOT).endsWith("dark"));
            }
        });
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
            Gtk.gtk_window_move.h().invokeExact(window, x, y);
        });
    }

    @Override
    public void setMinSize(Integer width, Integer height) {
        minWidth = width;
        minHeight = height;
        applySizeLimits();
    }

    @Override
    public void setMaxSize(Integer width, Integer height) {
        maxWidth = width;
        maxHeight = height;
        applySizeLimits();
    }

    /** GTK sets both limits in one call, so both are kept here. */
    void applySizeLimits() {
        run(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment geometry = arena.allocate(GEOMETRY);
                int hints = 0;
                if (minWidth != null || minHeight != null) {
                    hints |= Gtk.HINT_MIN_SIZE;
                    geometry.set(INT, 0, minWidth == null ? 0 : minWidth);
                    geometry.set(INT, 4, minHeight == null ? 0 : minHeight);
                }
                if (maxWidth != null || maxHeight != null) {
                    hints |= Gtk.HINT_MAX_SIZE;
                    geometry.set(INT, 8, maxWidth == null ? Short.MAX_VALUE : maxWidth);
                    geometry.set(INT, 12, maxHeight == null ? Short.MAX_VALUE : maxHeight);
                }
                MemorySegment hinted = hints == 0 ? NULL : geometry;
                Gtk.gtk_window_set_geometry_hints.h().invokeExact(window, NULL, hinted, hints);
            }
        });
    }

    @Override
    public void center() {
        run(() -> {
            MemorySegment gdk = (MemorySegment) Gtk.gtk_widget_get_window.h().invokeExact(window);
            if (gdk.equals(NULL)) {
                Gtk.gtk_window_set_position.h().invokeExact(window, Gtk.WIN_POS_CENTER);
                return;
            }
            MemorySegment display = (MemorySegment) Gtk.gdk_display_get_default.h().invokeExact();
            MemorySegment monitor = (MemorySegment) Gtk.gdk_display_get_monitor_at_window.h().invokeExact(display, gdk);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment area = arena.allocate(ValueLayout.JAVA_INT, 4);
                Gtk.gdk_monitor_get_workarea.h().invokeExact(monitor, area);
                Bounds outer = outer();
                move(area.getAtIndex(INT, 0) + (area.getAtIndex(INT, 2) - outer.width()) / 2,
                        area.getAtIndex(INT, 1) + (area.getAtIndex(INT, 3) - outer.height()) / 2);
            }
        });
    }

    @Override
    public void setMinimized(boolean minimized) {
        run(() -> {
            if (minimized) Gtk.gtk_window_iconify.h().invokeExact(window);
            else Gtk.gtk_window_deiconify.h().invokeExact(window);
        });
    }

    @Override
    public void setMaximized(boolean maximized) {
        run(() -> {
            if (maximized) Gtk.gtk_window_maximize.h().invokeExact(window);
            else Gtk.gtk_window_unmaximize.h().invokeExact(window);
        });
    }

    @Override
    public void setFullscreen(boolean fullscreen) {
        run(() -> {
            if (fullscreen) Gtk.gtk_window_fullscreen.h().invokeExact(window);
            else Gtk.gtk_window_unfullscreen.h().invokeExact(window);
        });
    }

    @Override
    public void focus() {
        run(() -> {
            Gtk.gtk_window_present.h().invokeExact(window);
        });
    }

    @Override
    public void setResizable(boolean resizable) {
        run(() -> {
            Gtk.gtk_window_set_resizable.h().invokeExact(window, resizable ? 1 : 0);
        });
    }

    @Override
    public void setDecorated(boolean decorated) {
        run(() -> {
            Gtk.gtk_window_set_decorated.h().invokeExact(window, decorated ? 1 : 0);
        });
    }

    @Override
    public void setAlwaysOnTop(boolean onTop) {
        alwaysOnTop = onTop;
        run(() -> {
            Gtk.gtk_window_set_keep_above.h().invokeExact(window, onTop ? 1 : 0);
        });
    }

    @Override
    public void requestClose() {
        run(() -> {
            Gtk.gtk_window_close.h().invokeExact(window);
        });
    }

    @Override
    public void setZoom(double factor) {
        run(() -> {
            WebKit.web_view_set_zoom_level.h().invokeExact(view, factor);
        });
    }

    // ---- signal callbacks (UI thread); user data is the webview id

    @SuppressWarnings("unused")
    private static int onConfigure(MemorySegment widget, MemorySegment event, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w != null) {
            GtkNativeWindow win = w.nativeWindow();
            w.handler().onConfigured(win.outer(), win.inner());
        }
        return 0; // let GTK handle it too
    }

    @SuppressWarnings("unused")
    private static int onWindowState(MemorySegment widget, MemorySegment event, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w != null) w.nativeWindow().state = event.reinterpret(NEW_WINDOW_STATE + 4).get(INT, NEW_WINDOW_STATE);
        return 0;
    }

    @SuppressWarnings("unused")
    private static int onFocusIn(MemorySegment widget, MemorySegment event, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w != null) w.handler().onFocusChanged(true);
        return 0;
    }

    @SuppressWarnings("unused")
    private static int onFocusOut(MemorySegment widget, MemorySegment event, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w != null) w.handler().onFocusChanged(false);
        return 0;
    }

    @SuppressWarnings("unused")
    private static int onDelete(MemorySegment widget, MemorySegment event, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        return w == null || w.handler().onCloseRequested() ? 0 : 1; // 1 (TRUE) keeps the window
    }

    @SuppressWarnings("unused")
    private static void onScale(MemorySegment object, MemorySegment pspec, MemorySegment data) {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w == null) return;
        GtkNativeWindow win = w.nativeWindow();
        int now = win.scaleFactor();
        if (now != win.scale) {
            win.scale = now;
            w.handler().onScaleChanged(now);
        }
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

    private void run(NativeAction a) {
        if (owner.isDestroyed()) return; // a late call on a closed window does nothing, as in Tauri
        call(() -> {
            a.run();
            return null;
        });
    }
}
