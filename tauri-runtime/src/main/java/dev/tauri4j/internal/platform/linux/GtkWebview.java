package dev.tauri4j.internal.platform.linux;

import static dev.tauri4j.internal.platform.linux.Native.INT;
import static dev.tauri4j.internal.platform.linux.Native.NULL;
import static dev.tauri4j.internal.platform.linux.Native.PTR;

import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.WebviewHandler;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A GtkWindow holding one WebKitWebView, with its own content manager (so messages are attributed to it). */
final class GtkWebview implements NativeWebview {

    private static final Map<Long, GtkWebview> OPEN = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private final long id;
    private final WebviewHandler handler;
    private final MemorySegment window;
    private final MemorySegment view;
    private final GtkNativeWindow nativeWindow;
    private final GtkWindowMenu menus;
    private boolean destroyed;

    private GtkWebview(long id, WebviewHandler handler, MemorySegment window, MemorySegment box, MemorySegment view) {
        this.id = id;
        this.handler = handler;
        this.window = window;
        this.view = view;
        this.nativeWindow = new GtkNativeWindow(this, window, view);
        this.menus = new GtkWindowMenu(window, box);
    }

    /** Stubs are made once, when the first window opens, not at class load of the platform. */
    private static final class Stubs {
        static final MemorySegment DESTROY = Native.upcall(GtkWebview.class, "onDestroy", null, PTR, PTR);
        static final MemorySegment MESSAGE = Native.upcall(GtkWebview.class, "onMessage", null, PTR, PTR, PTR);
        static final MemorySegment DECIDE = Native.upcall(GtkWebview.class, "onDecidePolicy", INT, PTR, PTR, INT, PTR);
        static final MemorySegment LOAD_CHANGED = Native.upcall(GtkWebview.class, "onLoadChanged", null, PTR, INT, PTR);
        static final MemorySegment CLOSE = Native.upcall(GtkWebview.class, "onViewClose", null, PTR, PTR);
        static final MemorySegment CREATE = Native.upcall(GtkWebview.class, "onCreate", PTR, PTR, PTR, PTR);
    }

    /** The holder of the signal stubs, so the platform can create them ahead of the first window. */
    static Class<?> stubsClass() {
        return Stubs.class;
    }

    static GtkWebview open(MemorySegment context, WindowConfig cfg, String url, WebviewHandler handler,
            boolean automation, boolean devtools) {
        long id = IDS.incrementAndGet();
        MemorySegment data = MemorySegment.ofAddress(id);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ucm = (MemorySegment) WebKit.user_content_manager_new.h().invokeExact();
            if ((int) WebKit.user_content_manager_register_script_message_handler.h().invokeExact(ucm, arena.allocateFrom("ipc")) == 0) {
                throw new IllegalStateException("could not register the IPC message handler");
            }
            GLib.connect(ucm, "script-message-received::ipc", Stubs.MESSAGE, data);
            MemorySegment script = (MemorySegment) WebKit.user_script_new.h().invokeExact(
                    arena.allocateFrom(handler.initScript()), WebKit.INJECT_TOP_FRAME, WebKit.INJECT_AT_DOCUMENT_START, NULL, NULL);
            WebKit.user_content_manager_add_script.h().invokeExact(ucm, script);
            WebKit.user_script_unref.h().invokeExact(script);

            long type = (long) WebKit.web_view_get_type.h().invokeExact();
            MemorySegment view = (MemorySegment) WebKit.g_object_new_web_view.h().invokeExact(type,
                    arena.allocateFrom("web-context"), context, arena.allocateFrom("user-content-manager"), ucm,
                    arena.allocateFrom("is-controlled-by-automation"), automation ? 1 : 0, NULL);
            GLib.g_object_unref.h().invokeExact(ucm); // the view holds its own reference
            MemorySegment settings = (MemorySegment) WebKit.web_view_get_settings.h().invokeExact(view);
            WebKit.settings_set_enable_developer_extras.h().invokeExact(settings, devtools ? 1 : 0);
            WebKit.settings_set_enable_write_console_messages_to_stdout.h().invokeExact(settings, devtools ? 1 : 0);
            // lets window.open() reach decide-policy as a new-window decision, where we refuse it
            WebKit.settings_set_javascript_can_open_windows_automatically.h().invokeExact(settings, 1);
            GLib.connect(view, "decide-policy", Stubs.DECIDE, data);
            GLib.connect(view, "load-changed", Stubs.LOAD_CHANGED, data);
            GLib.connect(view, "close", Stubs.CLOSE, data);
            GLib.connect(view, "create", Stubs.CREATE, data);

            MemorySegment window = (MemorySegment) Gtk.gtk_window_new.h().invokeExact(Gtk.WINDOW_TOPLEVEL);
            // the webview sits in a box, as in wry, so that a menu bar can go above it
            MemorySegment box = (MemorySegment) GtkMenuFns.gtk_box_new.h().invokeExact(GtkMenuFns.ORIENTATION_VERTICAL, 0);
            GtkWebview webview = new GtkWebview(id, handler, window, box, view);
            OPEN.put(id, webview);
            GLib.connect(window, "destroy", Stubs.DESTROY, data);
            webview.configure(cfg, arena);
            webview.nativeWindow.connect(data);
            GtkMenuFns.gtk_box_pack_start.h().invokeExact(box, view, 1, 1, 0);
            Gtk.gtk_container_add.h().invokeExact(window, box);
            Gtk.gtk_widget_show.h().invokeExact(view);
            Gtk.gtk_widget_show.h().invokeExact(box);
            WebKit.web_view_load_uri.h().invokeExact(view, arena.allocateFrom(url));
            if (cfg.visible()) Gtk.gtk_widget_show_all.h().invokeExact(window);
            return webview;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("could not open window '" + cfg.label() + "'", t);
        }
    }

    private void configure(WindowConfig cfg, Arena arena) throws Throwable {
        Gtk.gtk_window_set_title.h().invokeExact(window, arena.allocateFrom(cfg.title()));
        Gtk.gtk_window_set_default_size.h().invokeExact(window, (int) cfg.width(), (int) cfg.height());
        Gtk.gtk_window_set_resizable.h().invokeExact(window, cfg.resizable() ? 1 : 0);
        Gtk.gtk_window_set_decorated.h().invokeExact(window, cfg.decorations() ? 1 : 0);
        Gtk.gtk_window_set_keep_above.h().invokeExact(window, cfg.alwaysOnTop() ? 1 : 0);
        if (cfg.center()) Gtk.gtk_window_set_position.h().invokeExact(window, Gtk.WIN_POS_CENTER);
        nativeWindow.initAlwaysOnTop(cfg.alwaysOnTop());
        if (cfg.minWidth() != null || cfg.minHeight() != null || cfg.maxWidth() != null || cfg.maxHeight() != null) {
            nativeWindow.setMinSize(whole(cfg.minWidth()), whole(cfg.minHeight()));
            nativeWindow.setMaxSize(whole(cfg.maxWidth()), whole(cfg.maxHeight()));
        }
        if (cfg.fullscreen()) Gtk.gtk_window_fullscreen.h().invokeExact(window);
        if (cfg.transparent()) GtkWindowLooks.makeTransparent(window, view);
    }

    private static Integer whole(Double value) {
        return value == null ? null : (int) Math.round(value);
    }

    /** The first window still open, for the first WebDriver session view. */
    static GtkWebview first() {
        return OPEN.values().stream().min((a, b) -> Long.compare(a.id, b.id)).orElse(null);
    }

    MemorySegment view() {
        return view;
    }

    @Override
    public void eval(String script) {
        if (destroyed) return;
        byte[] utf8 = script.getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocate(utf8.length + 1L);
            MemorySegment.copy(utf8, 0, source, ValueLayout.JAVA_BYTE, 0, utf8.length);
            WebKit.web_view_evaluate_javascript.h().invokeExact(view, source, (long) utf8.length, NULL, NULL, NULL, NULL, NULL);
        } catch (Throwable t) {
            throw new IllegalStateException("evaluate_javascript failed", t);
        }
    }

    @Override
    public void load(String url) {
        if (destroyed) return;
        try (Arena arena = Arena.ofConfined()) {
            WebKit.web_view_load_uri.h().invokeExact(view, arena.allocateFrom(url));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String url() {
        if (destroyed) return null;
        try {
            return Native.string((MemorySegment) WebKit.web_view_get_uri.h().invokeExact(view));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void setTitle(String title) {
        if (destroyed) return;
        try (Arena arena = Arena.ofConfined()) {
            Gtk.gtk_window_set_title.h().invokeExact(window, arena.allocateFrom(title));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void show() {
        if (destroyed) return;
        try {
            Gtk.gtk_widget_show_all.h().invokeExact(window);
            Gtk.gtk_window_present.h().invokeExact(window);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void hide() {
        if (destroyed) return;
        try {
            Gtk.gtk_widget_hide.h().invokeExact(window);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void close() {
        if (destroyed) return;
        try {
            Gtk.gtk_widget_destroy.h().invokeExact(window);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void setMenu(dev.tauri4j.menu.Menu menu, dev.tauri4j.internal.platform.MenuClicks clicks) {
        if (destroyed) return;
        try {
            menus.setMenu(menu, clicks);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("could not set the menu bar", t);
        }
    }

    @Override
    public void popupMenu(dev.tauri4j.menu.MenuContainer menu, dev.tauri4j.internal.platform.NativeWindow.Bounds at,
            dev.tauri4j.internal.platform.MenuClicks clicks) {
        if (destroyed) return;
        try {
            menus.popup(menu, at, clicks);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("could not pop up the menu", t);
        }
    }

    @Override
    public void editingCommand(String command) {
        if (destroyed) return;
        try (Arena arena = Arena.ofConfined()) {
            GtkMenuFns.webkit_web_view_execute_editing_command.h().invokeExact(view, arena.allocateFrom(command));
        } catch (Throwable t) {
            throw new IllegalStateException("editing command " + command + " failed", t);
        }
    }

    @Override
    public void showAbout(dev.tauri4j.menu.PredefinedMenuItem.AboutMetadata about) {
        if (destroyed) return;
        try {
            menus.about(about);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("could not show the about dialog", t);
        }
    }

    @Override
    public GtkNativeWindow window() {
        return nativeWindow;
    }

    GtkNativeWindow nativeWindow() {
        return nativeWindow;
    }

    boolean isDestroyed() {
        return destroyed;
    }

    static GtkWebview byId(long id) {
        return OPEN.get(id);
    }

    static GtkWebview byViewPointer(MemorySegment view) {
        for (GtkWebview w : OPEN.values()) if (w.view.address() == view.address()) return w;
        return null;
    }

    WebviewHandler handler() {
        return handler;
    }

    // ---- signal callbacks (UI thread); user data is the window id

    @SuppressWarnings("unused")
    private static void onDestroy(MemorySegment widget, MemorySegment data) {
        GtkWebview w = OPEN.remove(data.address());
        if (w == null) return;
        w.destroyed = true;
        w.handler.onClosed();
    }

    @SuppressWarnings("unused")
    private static void onMessage(MemorySegment ucm, MemorySegment jsResult, MemorySegment data) throws Throwable {
        GtkWebview w = OPEN.get(data.address());
        if (w == null) return;
        MemorySegment value = (MemorySegment) WebKit.javascript_result_get_js_value.h().invokeExact(jsResult);
        MemorySegment text = (MemorySegment) WebKit.jsc_value_to_string.h().invokeExact(value);
        String message = Native.string(text);
        GLib.g_free.h().invokeExact(text);
        if (message != null) w.handler.onMessage(message);
    }

    @SuppressWarnings("unused")
    private static int onDecidePolicy(MemorySegment view, MemorySegment decision, int type, MemorySegment data) throws Throwable {
        GtkWebview w = OPEN.get(data.address());
        if (w == null || (type != WebKit.DECISION_NAVIGATION && type != WebKit.DECISION_NEW_WINDOW)) return 0;
        MemorySegment action = (MemorySegment) WebKit.navigation_policy_decision_get_navigation_action.h().invokeExact(decision);
        MemorySegment request = (MemorySegment) WebKit.navigation_action_get_request.h().invokeExact(action);
        String uri = Native.string((MemorySegment) WebKit.uri_request_get_uri.h().invokeExact(request));
        boolean allowed = uri != null && w.handler.allowNavigation(uri, type == WebKit.DECISION_NEW_WINDOW);
        if (allowed && type == WebKit.DECISION_NAVIGATION) {
            WebKit.policy_decision_use.h().invokeExact(decision);
        } else if (!allowed) {
            WebKit.policy_decision_ignore.h().invokeExact(decision);
        } else {
            return 0; // an allowed new window: WebKit's default handling ("create" signal)
        }
        return 1;
    }

    /** window.open() arrives here, not at decide-policy: the handler refuses it (or hands it to the browser). */
    @SuppressWarnings("unused")
    private static MemorySegment onCreate(MemorySegment view, MemorySegment action, MemorySegment data) throws Throwable {
        GtkWebview w = OPEN.get(data.address());
        if (w == null) return NULL;
        MemorySegment request = (MemorySegment) WebKit.navigation_action_get_request.h().invokeExact(action);
        String uri = Native.string((MemorySegment) WebKit.uri_request_get_uri.h().invokeExact(request));
        if (uri != null) w.handler.allowNavigation(uri, true);
        return NULL; // no new view, whatever the handler said: window.open() returns null
    }

    @SuppressWarnings("unused")
    private static void onLoadChanged(MemorySegment view, int event, MemorySegment data) throws Throwable {
        GtkWebview w = OPEN.get(data.address());
        if (w != null && event == WebKit.LOAD_COMMITTED) w.handler.onPageCommitted(w.url());
    }

    @SuppressWarnings("unused")
    private static void onViewClose(MemorySegment view, MemorySegment data) {
        GtkWebview w = OPEN.get(data.address());
        if (w != null) w.close();
    }
}
