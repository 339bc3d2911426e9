package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import java.lang.foreign.MemorySegment;

/** The GtkWindow signals of a {@link GtkWebview}, reported to its handler (UI thread; user data is the webview id). */
final class GtkWindowSignals {

    /** GdkEventWindowState: new_window_state after type, window pointer, send_event and changed_mask. */
    private static final long NEW_WINDOW_STATE = 24;

    private GtkWindowSignals() {}

    /** Stubs for the window signals, made with the first window. */
    static final class Stubs {
        static final MemorySegment CONFIGURE = Native.upcall(GtkWindowSignals.class, "onConfigure", INT, PTR, PTR, PTR);
        static final MemorySegment STATE = Native.upcall(GtkWindowSignals.class, "onWindowState", INT, PTR, PTR, PTR);
        static final MemorySegment FOCUS_IN = Native.upcall(GtkWindowSignals.class, "onFocusIn", INT, PTR, PTR, PTR);
        static final MemorySegment FOCUS_OUT = Native.upcall(GtkWindowSignals.class, "onFocusOut", INT, PTR, PTR, PTR);
        static final MemorySegment DELETE = Native.upcall(GtkWindowSignals.class, "onDelete", INT, PTR, PTR, PTR);
        static final MemorySegment SCALE = Native.upcall(GtkWindowSignals.class, "onScale", null, PTR, PTR, PTR);
        static final MemorySegment THEME = Native.upcall(GtkWindowSignals.class, "onTheme", null, PTR, PTR, PTR);
    }

    /** Connects the window signals; {@code data} is the webview id. */
    static void connect(MemorySegment window, MemorySegment data) {
        GLib.connect(window, "configure-event", Stubs.CONFIGURE, data);
        GLib.connect(window, "window-state-event", Stubs.STATE, data);
        GLib.connect(window, "focus-in-event", Stubs.FOCUS_IN, data);
        GLib.connect(window, "focus-out-event", Stubs.FOCUS_OUT, data);
        GLib.connect(window, "delete-event", Stubs.DELETE, data);
        GLib.connect(window, "notify::scale-factor", Stubs.SCALE, data);
        MemorySegment settings;
        try {
            settings = GtkScreen.settings();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (!settings.equals(NULL)) {
            // stays connected after the window goes (the callback then finds no window): one small closure per window
            GLib.connect(settings, "notify::gtk-application-prefer-dark-theme", Stubs.THEME, data);
            GLib.connect(settings, "notify::gtk-theme-name", Stubs.THEME, data);
        }
    }


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
        int now = win.gtkScale();
        if (now != win.scale) {
            win.scale = now;
            w.handler().onScaleChanged(now);
        }
    }

    @SuppressWarnings("unused")
    private static void onTheme(MemorySegment settings, MemorySegment pspec, MemorySegment data) throws Throwable {
        GtkWebview w = GtkWebview.byId(data.address());
        if (w == null) return;
        GtkNativeWindow win = w.nativeWindow();
        boolean now = GtkScreen.dark();
        if (now != win.dark) {
            win.dark = now;
            w.handler().onThemeChanged(now);
        }
    }
}
