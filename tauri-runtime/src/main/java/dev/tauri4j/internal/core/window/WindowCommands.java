package dev.tauri4j.internal.core.window;

import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.WindowControls;
import dev.tauri4j.internal.runtime.WindowRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.CommandException;
import dev.tauri4j.CommandHandler;
import dev.tauri4j.Invocation;
import dev.tauri4j.Window;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.platform.NativeWindow;
import dev.tauri4j.internal.platform.ResizeDirection;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The {@code plugin:window|*} commands that {@code @tauri-apps/api/window} sends, with Tauri's argument names and result shapes. */
public final class WindowCommands {

    private WindowCommands() {}

    public static void register(CommandRegistry registry, AppRuntime app) {
        getter(registry, app, "scale_factor", WindowControls::scaleFactor);
        getter(registry, app, "inner_position", WindowControls::innerPosition);
        getter(registry, app, "outer_position", WindowControls::outerPosition);
        getter(registry, app, "inner_size", WindowControls::innerSize);
        getter(registry, app, "outer_size", WindowControls::outerSize);
        getter(registry, app, "title", WindowControls::title);
        state(registry, app, "is_fullscreen", NativeWindow.WindowStates::fullscreen);
        state(registry, app, "is_minimized", NativeWindow.WindowStates::minimized);
        state(registry, app, "is_maximized", NativeWindow.WindowStates::maximized);
        state(registry, app, "is_focused", NativeWindow.WindowStates::focused);
        state(registry, app, "is_decorated", NativeWindow.WindowStates::decorated);
        state(registry, app, "is_resizable", NativeWindow.WindowStates::resizable);
        state(registry, app, "is_visible", NativeWindow.WindowStates::visible);
        state(registry, app, "is_always_on_top", NativeWindow.WindowStates::alwaysOnTop);
        getter(registry, app, "theme", w -> w.query(v -> v.window().darkTheme()) ? "dark" : "light");
        registry.handler("create", call -> create(app, call, "plugin:window|create"));
        registry.handler("get_all_windows", call -> app.windows().stream().map(Window::label).sorted().toList());

        action(registry, app, "center", w -> w.applyAndWait(NativeWindow::center));
        action(registry, app, "show", w -> w.query(v -> run(v::show)));
        action(registry, app, "hide", w -> w.query(v -> run(v::hide)));
        action(registry, app, "set_focus", w -> w.applyAndWait(NativeWindow::focus));
        action(registry, app, "minimize", w -> w.applyAndWait(n -> n.setMinimized(true)));
        action(registry, app, "unminimize", w -> w.applyAndWait(n -> n.setMinimized(false)));
        action(registry, app, "maximize", w -> w.applyAndWait(n -> n.setMaximized(true)));
        action(registry, app, "unmaximize", w -> w.applyAndWait(n -> n.setMaximized(false)));
        action(registry, app, "start_dragging", w -> w.applyAndWait(NativeWindow::startDragging));
        setter(registry, app, "start_resize_dragging", String.class, (w, direction) -> {
            ResizeDirection edge = ResizeDirection.of(direction).orElseThrow(() -> new CommandException("INVALID_ARGUMENT",
                    "resize direction must be one of " + java.util.Arrays.stream(ResizeDirection.values())
                            .map(ResizeDirection::tauriName).toList() + ", found \"" + direction + "\""));
            w.applyAndWait(n -> n.startResizeDragging(edge));
        });
        // what a double click on a drag region does: only resizable windows maximize
        action(registry, app, "internal_toggle_maximize", w -> w.applyAndWait(n -> {
            if (n.states().resizable()) n.setMaximized(!n.states().maximized());
        }));
        action(registry, app, "toggle_maximize", w -> w.applyAndWait(n -> n.setMaximized(!n.states().maximized())));
        // close asks first (tauri://close-requested, which a page may take over); destroy does not ask
        action(registry, app, "close", w -> w.applyAndWait(NativeWindow::requestClose));
        action(registry, app, "destroy", w -> w.query(v -> run(v::close)));

        setter(registry, app, "set_title", String.class, (w, title) -> w.query(v -> run(() -> v.setTitle(title))));
        setter(registry, app, "set_resizable", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setResizable(on)));
        setter(registry, app, "set_decorations", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setDecorated(on)));
        setter(registry, app, "set_always_on_top", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setAlwaysOnTop(on)));
        setter(registry, app, "set_fullscreen", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setFullscreen(on)));
        setter(registry, app, "set_size", JsonNode.class, (w, v) -> {
            Dpi.Value size = Dpi.size(v, "value");
            w.resize(size.a(), size.b(), size.physical());
        });
        setter(registry, app, "set_position", JsonNode.class, (w, v) -> {
            Dpi.Value at = Dpi.position(v, "value");
            w.move(at.a(), at.b(), at.physical());
        });
        state(registry, app, "is_closable", NativeWindow.WindowStates::closable);
        state(registry, app, "is_enabled", NativeWindow.WindowStates::enabled);
        setter(registry, app, "set_closable", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setClosable(on)));
        setter(registry, app, "set_enabled", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setEnabled(on)));
        setter(registry, app, "set_skip_taskbar", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setSkipTaskbar(on)));
        setter(registry, app, "set_always_on_bottom", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setAlwaysOnBottom(on)));
        setter(registry, app, "set_visible_on_all_workspaces", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setVisibleOnAllWorkspaces(on)));
        setter(registry, app, "set_focusable", Boolean.class, (w, on) -> w.applyAndWait(n -> n.setFocusable(on)));
        // {type: "Critical" | "Informational"} or null; the SPI has one urgency hint for both, as GTK
        registry.handler("request_user_attention", call -> {
            boolean urgent = call.optionalArg("value", JsonNode.class).map(v -> !v.isNull()).orElse(false);
            target(app, call).applyAndWait(n -> n.setUrgent(urgent));
            return null;
        });
        // "dark", "light" or null (follow the desktop); GTK applies it to the whole app, as Tauri on Linux does
        registry.handler("set_theme", call -> {
            Boolean dark = theme(call.optionalArg("value", String.class).orElse(null));
            target(app, call).applyAndWait(n -> n.setDarkTheme(dark));
            return null;
        });
        registry.handler("set_size_constraints", call -> {
            WindowRuntime w = target(app, call);
            JsonNode v = call.arg("value", JsonNode.class);
            w.applyAndWait(n -> {
                double s = n.scaleFactor();
                n.setMinSize(pixels(v.get("minWidth"), s), pixels(v.get("minHeight"), s));
                n.setMaxSize(pixels(v.get("maxWidth"), s), pixels(v.get("maxHeight"), s));
            });
            return null;
        });
        registry.handler("set_background_color", call -> {
            Rgba c = Rgba.read(call.optionalArg("value", JsonNode.class).orElse(null));
            int[] rgba = c == null ? null : new int[] {c.red(), c.green(), c.blue(), c.alpha()};
            target(app, call).applyAndWait(n -> n.setBackgroundColor(rgba));
            return null;
        });
        registry.handler("set_min_size", call -> limit(app, call, false));
        registry.handler("set_max_size", call -> limit(app, call, true));
    }

    /** Opens a window from JS options, as {@code new Window(label, options)} asks. */
    public static Object create(AppRuntime app, Invocation call, String command) {
        var cfg = WindowOptions.read(call.arg("options", JsonNode.class), command);
        if (app.windowRuntime(cfg.label()) != null) {
            throw new CommandException("INVALID_ARGUMENT", command + ": a window labelled '" + cfg.label() + "' is already open");
        }
        app.createWindow(cfg);
        return null;
    }

    /** The window a call is about: its {@code label} argument, or the calling window (Tauri's get_window). */
    public static WindowRuntime target(AppRuntime app, Invocation call) {
        String label = call.optionalArg("label", String.class).filter(l -> !l.isEmpty()).orElse(null);
        if (label == null) return (WindowRuntime) call.window();
        WindowRuntime w = app.windowRuntime(label);
        if (w == null) throw new CommandException("WINDOW_NOT_FOUND", "window not found: no open window is labelled '" + label + "'");
        return w;
    }

    /** "dark" -> true, "light" -> false, null -> null; anything else is an error. */
    public static Boolean theme(String value) {
        if (value == null) return null;
        return switch (value) {
            case "dark" -> true;
            case "light" -> false;
            default -> throw new CommandException("INVALID_ARGUMENT", "theme must be \"dark\", \"light\" or null, found \"" + value + "\"");
        };
    }

    /** Tauri's PixelUnit: {"Logical": n} or {"Physical": n}, or null; as logical pixels. */
    private static Integer pixels(JsonNode unit, double scale) {
        if (unit == null || unit.isNull()) return null;
        if (unit.path("Logical").isNumber()) return (int) Math.round(unit.get("Logical").asDouble());
        if (unit.path("Physical").isNumber()) return (int) Math.round(unit.get("Physical").asDouble() / scale);
        throw new CommandException("INVALID_ARGUMENT", "a size constraint must be {\"Logical\": n}, {\"Physical\": n} or null, found " + unit);
    }

    private static Object limit(AppRuntime app, Invocation call, boolean max) {
        WindowRuntime w = target(app, call);
        JsonNode v = call.optionalArg("value", JsonNode.class).orElse(null);
        if (v == null) {
            w.limit(max, null, null, false);
        } else {
            Dpi.Value size = Dpi.size(v, "value");
            w.limit(max, size.a(), size.b(), size.physical());
        }
        return null;
    }

    private static Object run(Runnable r) {
        r.run();
        return null;
    }

    private static void getter(CommandRegistry registry, AppRuntime app, String name, Function<WindowRuntime, Object> read) {
        registry.handler(name, call -> read.apply(target(app, call)));
    }

    private static void state(CommandRegistry registry, AppRuntime app, String name, Function<NativeWindow.WindowStates, Boolean> read) {
        registry.handler(name, call -> read.apply(target(app, call).states()));
    }

    private static void action(CommandRegistry registry, AppRuntime app, String name, java.util.function.Consumer<WindowRuntime> act) {
        registry.handler(name, call -> {
            act.accept(target(app, call));
            return null;
        });
    }

    private static <V> void setter(CommandRegistry registry, AppRuntime app, String name, Class<V> type, BiConsumer<WindowRuntime, V> set) {
        CommandHandler handler = call -> {
            set.accept(target(app, call), call.arg("value", type));
            return null;
        };
        registry.handler(name, handler);
    }
}
