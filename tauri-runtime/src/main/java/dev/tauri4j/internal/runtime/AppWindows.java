package dev.tauri4j.internal.runtime;

import dev.tauri4j.CommandException;
import dev.tauri4j.Monitor;
import dev.tauri4j.Window;
import dev.tauri4j.config.WindowConfig;
import dev.tauri4j.internal.platform.NativeWebview;
import dev.tauri4j.internal.platform.NativeWindow;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The app's open windows: opening them (on the UI thread), their close requests and closes, and the monitors they see. */
final class AppWindows {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j");

    private final AppRuntime app;
    private final Map<String, WindowRuntime> open = new ConcurrentHashMap<>();
    private final AtomicInteger automationWindows = new AtomicInteger();
    private final List<Consumer<Window>> closeListeners = new CopyOnWriteArrayList<>();

    AppWindows(AppRuntime app) {
        this.app = app;
    }

    /** Opens {@code cfg}'s window; on the UI thread. */
    WindowRuntime open(WindowConfig cfg) {
        if (open.containsKey(cfg.label())) throw new IllegalArgumentException("a window labelled '" + cfg.label() + "' is already open");
        String url = app.urlFor(cfg);
        WindowRuntime runtime = new WindowRuntime(app, cfg, url);
        open.put(cfg.label(), runtime);
        runtime.attach(app.platform().open(cfg, url, runtime));
        app.menus().windowOpened(cfg.label());
        app.plugins().windowCreated(runtime);
        // as Tauri's WindowBuilder::build: to every window, the new one included
        app.events().emit(AppRuntime.WINDOW_CREATED, Map.of("label", cfg.label()), null, true);
        return runtime;
    }

    /** Opens {@code cfg}'s window from any thread, and waits for it. */
    Window create(WindowConfig cfg) {
        if (app.platform().isUiThread()) return open(cfg);
        CompletableFuture<Window> opened = new CompletableFuture<>();
        app.platform().dispatch(() -> {
            try {
                opened.complete(open(cfg));
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened.join();
    }

    /** A window a WebDriver session asked for (its "new window" command). */
    NativeWebview openAutomationWindow() {
        return open(WindowConfig.of("webdriver-" + automationWindows.incrementAndGet())).nativeView();
    }

    WindowRuntime get(String label) {
        return label == null ? null : open.get(label);
    }

    Collection<Window> all() {
        return List.copyOf(open.values());
    }

    /** The monitors, as any open window's screen sees them; none while no window is open. */
    List<Monitor> monitors() {
        for (WindowRuntime w : open.values()) {
            try {
                return w.query(v -> v.window().monitors().stream().map(AppWindows::monitor).toList());
            } catch (CommandException closedMeanwhile) {
                // try the next window
            }
        }
        return List.of();
    }

    private static Monitor monitor(NativeWindow.Monitor m) {
        double s = m.scaleFactor();
        return new Monitor(m.name(), WindowControls.physicalPosition(m.geometry(), s), WindowControls.physical(m.geometry(), s), s);
    }

    void onCloseRequested(Consumer<Window> listener) {
        closeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Tells the close-request listeners, on the UI thread, that {@code window} is asked to close. */
    void closeRequested(WindowRuntime window) {
        for (Consumer<Window> l : closeListeners) {
            try {
                l.accept(window);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a close-request listener of window '" + window.label() + "' failed", e);
            }
        }
    }

    void closed(WindowRuntime window) {
        open.remove(window.label(), window);
        app.menus().windowClosed(window.label());
        app.events().dropWindow(window.label());
        if (open.isEmpty()) app.platform().quit();
    }

    /** At exit: the resources every window still holds. */
    void freeResources() {
        for (WindowRuntime w : List.copyOf(open.values())) w.resources().closeAll();
    }
}
