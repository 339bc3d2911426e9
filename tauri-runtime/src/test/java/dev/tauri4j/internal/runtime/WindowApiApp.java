package dev.tauri4j.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tauri4j.App;
import dev.tauri4j.Tauri;
import dev.tauri4j.Window;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.config.WindowConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The app {@link WindowApiEndToEndIT} drives: records the window events Java listeners hear, and uses the Java Window API. */
public final class WindowApiApp {

    static final List<String> WINDOW_EVENTS = List.of("tauri://resize", "tauri://move", "tauri://focus", "tauri://blur",
            "tauri://close-requested", "tauri://destroyed", "tauri://scale-change", "tauri://theme-changed", "keeper-saw-close");

    private static final List<Map<String, Object>> HEARD = new ArrayList<>();
    private static volatile App app;

    private WindowApiApp() {}

    private static void record(String via, String event, JsonNode payload) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("via", via);
        e.put("event", event);
        e.put("payload", payload);
        synchronized (HEARD) {
            HEARD.add(e);
        }
    }

    /** Listeners on one window: they hear only events for that window (or for all). */
    private static void listenOn(Window w) {
        for (String event : WINDOW_EVENTS) w.listen(event, e -> record(w.label(), event, e.payload()));
    }

    private static Window window(String label) {
        return app.window(label).orElseThrow(() -> new IllegalArgumentException("no window " + label));
    }

    public static void main(String[] args) {
        Tauri.builder()
                .assets(new ClasspathAssetSource(WindowApiApp.class.getClassLoader(), "e2e/assets"))
                .command("javaEvents", () -> {
                    synchronized (HEARD) {
                        return List.copyOf(HEARD);
                    }
                })
                .command("displayName", () -> System.getenv("DISPLAY"))
                .command("openWindow", (String label) -> {
                    Window w = app.createWindow(WindowConfig.of(label).withTitle("winapi " + label).withUrl("winapi.html"));
                    listenOn(w);
                    return w.label();
                })
                .command("javaWindow", (String label) -> {
                    Window w = window(label);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("title", w.title());
                    m.put("innerSize", w.innerSize());
                    m.put("outerSize", w.outerSize());
                    m.put("outerPosition", w.outerPosition());
                    m.put("scaleFactor", w.scaleFactor());
                    m.put("visible", w.isVisible());
                    m.put("focused", w.isFocused());
                    m.put("maximized", w.isMaximized());
                    m.put("minimized", w.isMinimized());
                    m.put("fullscreen", w.isFullscreen());
                    return m;
                })
                .command("javaResize", (String label, Double width, Double height) -> {
                    window(label).setSize(width, height);
                    return true;
                })
                .command("keepOpenOnce", (String label) -> {
                    java.util.concurrent.atomic.AtomicBoolean kept = new java.util.concurrent.atomic.AtomicBoolean();
                    window(label).onCloseRequested(w -> !kept.compareAndSet(false, true));
                    return true;
                })
                .command("javaMove", (String label, Double x, Double y) -> {
                    window(label).setPosition(x, y);
                    return true;
                })
                .command("javaMenu", (String label) -> {
                    // a menu bar built with the Java API; its item's own action and the app listener both hear clicks
                    dev.tauri4j.menu.Menu menu = dev.tauri4j.menu.Menu.builder()
                            .submenu("Java", m -> m.item(dev.tauri4j.menu.MenuItem.builder("Say hello").id("java-hello")
                                    .onClick(e -> record("action", e.id(), null)).build()))
                            .build();
                    window(label).setMenu(menu);
                    return menu.id();
                })
                .setup(a -> {
                    app = a;
                    a.onMenuEvent(e -> record("menu", e.id(), dev.tauri4j.internal.ipc.JsonCodec.mapper().valueToTree(e)));
                    for (String event : WINDOW_EVENTS) a.listen(event, e -> record("app", event, e.payload()));
                    a.window("main").ifPresent(WindowApiApp::listenOn);
                })
                .run(args);
    }
}
