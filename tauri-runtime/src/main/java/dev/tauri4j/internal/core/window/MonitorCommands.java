package dev.tauri4j.internal.core.window;

import dev.tauri4j.internal.runtime.AppRuntime;
import dev.tauri4j.internal.runtime.WindowControls;
import dev.tauri4j.CommandRegistry;
import dev.tauri4j.internal.platform.NativeWindow;
import java.util.LinkedHashMap;
import java.util.Map;

/** The monitor and cursor commands of {@code plugin:window} ({@code currentMonitor()}, {@code availableMonitors()}, ...). */
public final class MonitorCommands {

    private MonitorCommands() {}

    public static void register(CommandRegistry registry, AppRuntime app) {
        registry.handler("current_monitor", call -> WindowCommands.target(app, call).query(v -> json(v.window().currentMonitor())));
        registry.handler("primary_monitor", call -> WindowCommands.target(app, call).query(v -> json(v.window().primaryMonitor())));
        registry.handler("available_monitors", call -> WindowCommands.target(app, call)
                .query(v -> v.window().monitors().stream().map(MonitorCommands::json).toList()));
        // x and y are physical screen pixels; none when no monitor holds the point, as Tauri
        registry.handler("monitor_from_point", call -> {
            double x = call.arg("x", double.class);
            double y = call.arg("y", double.class);
            return WindowCommands.target(app, call).query(v -> json(v.window().monitorFromPoint(x, y)));
        });
        // a position inside the window's inner area, logical or physical
        registry.handler("set_cursor_position", call -> {
            Dpi.Value at = Dpi.position(call.arg("value", com.fasterxml.jackson.databind.JsonNode.class), "value");
            WindowCommands.target(app, call).applyAndWait(w -> {
                double s = at.physical() ? w.scaleFactor() : 1;
                w.warpCursor((int) Math.round(at.a() / s), (int) Math.round(at.b() / s));
            });
            return null;
        });
        registry.handler("cursor_position", call -> WindowCommands.target(app, call).query(v ->
                WindowControls.physicalPosition(v.window().cursorPosition(), v.window().scaleFactor())));
    }

    /** Tauri's Monitor: name, scaleFactor, and position, size and work area in physical pixels. */
    static Map<String, Object> json(NativeWindow.Monitor m) {
        if (m == null) return null;
        double s = m.scaleFactor();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("scaleFactor", s);
        out.put("position", WindowControls.physicalPosition(m.geometry(), s));
        out.put("size", WindowControls.physical(m.geometry(), s));
        out.put("workArea", Map.of("position", WindowControls.physicalPosition(m.workArea(), s),
                "size", WindowControls.physical(m.workArea(), s)));
        return out;
    }
}
