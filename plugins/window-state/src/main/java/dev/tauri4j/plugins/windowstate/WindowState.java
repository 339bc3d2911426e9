package dev.tauri4j.plugins.windowstate;

import dev.tauri4j.App;
import dev.tauri4j.Event;
import dev.tauri4j.PhysicalPosition;
import dev.tauri4j.PhysicalSize;
import dev.tauri4j.Window;
import dev.tauri4j.config.scope.BaseDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The window-state plugin's Java API, what the npm package does: {@code WindowState.of(app).save(StateFlags.ALL)},
 * {@code restore(window, flags)}, {@code filename()}. It keeps every tracked window's last state in memory (from its
 * moves, resizes and close request) and writes them to {@link #file()} on {@link #save}, which the plugin also calls
 * at exit.
 */
public final class WindowState {

    private static final System.Logger LOG = System.getLogger("dev.tauri4j.plugins.windowstate");

    private final App app;
    private final String filename;
    private final StateFlags flags;
    private final Object lock = new Object();
    private Map<String, SavedWindow> cache; // guarded by lock; read from the file on first use
    private final Map<String, GeometryHistory> histories = new java.util.concurrent.ConcurrentHashMap<>();

    WindowState(App app, String filename, StateFlags flags) {
        this.app = app;
        this.filename = filename;
        this.flags = flags;
    }

    /** The window state of an app that added {@code WindowStatePlugin.builder().build()}. */
    public static WindowState of(App app) {
        return app.state(WindowState.class).orElseThrow(() -> new IllegalStateException(
                "this app has no window-state plugin. Fix: Tauri.builder().plugin(WindowStatePlugin.builder().build())"));
    }

    /** The state file's name ({@code .window-state.json} unless the builder set another), as the JS {@code filename()}. */
    public String filename() {
        return filename;
    }

    /** Where the state file is: {@link #filename()} in the app's config folder ({@code $APPCONFIG}). */
    public Path file() {
        Path dir = app.directory(BaseDirectory.APP_CONFIG).orElseThrow(() -> new IllegalStateException(
                "this system has no config folder for the window-state file. Fix: set XDG_CONFIG_HOME or HOME"));
        return dir.resolve(filename);
    }

    /** Saves the state of every tracked window, with the flags the plugin was built with. */
    public void save() throws IOException {
        save(flags);
    }

    /**
     * Records the {@code flags} parts of every open tracked window and writes all tracked windows to {@link #file()},
     * as Tauri's {@code save_window_state}; closed windows keep what was recorded last.
     */
    public void save(StateFlags flags) throws IOException {
        for (String label : labels()) {
            app.window(label).ifPresent(w -> record(w, flags));
        }
        synchronized (lock) {
            StateFile.write(file(), cache());
        }
    }

    /**
     * Restores {@code window} from the saved state (Tauri's {@code restore_state}): decorations, position (only when
     * the saved window would have a corner on a monitor, never off-screen), size, maximized, fullscreen, then shows
     * it unless it was saved hidden. A window without a saved state is recorded as it is now.
     */
    public void restore(Window window, StateFlags flags) {
        SavedWindow saved;
        synchronized (lock) {
            saved = cache().get(window.label());
        }
        boolean show = true;
        if (saved != null && !saved.isDefault()) {
            apply(window, copy(saved), flags);
            show = saved.visible;
        } else {
            SavedWindow now = Observed.of(window, flags).toNewEntry(flags);
            synchronized (lock) {
                cache().put(window.label(), now);
            }
        }
        if (flags.contains(StateFlags.VISIBLE) && show) {
            window.show();
            window.setFocus();
        }
    }

    private void apply(Window window, SavedWindow s, StateFlags flags) {
        double scale = window.scaleFactor();
        if (flags.contains(StateFlags.DECORATIONS)) window.setDecorations(s.decorated);
        if (flags.contains(StateFlags.POSITION) && Placement.onAMonitor(app.monitors(), s.x, s.y, s.width, s.height)) {
            // a maximized window sits in its monitor's corner; where it was before is what unmaximizing goes back to
            int x = s.maximized ? s.prevX : s.x;
            int y = s.maximized ? s.prevY : s.y;
            window.setPosition(x / scale, y / scale);
        }
        if (flags.contains(StateFlags.SIZE)) window.setSize(s.width / scale, s.height / scale);
        if (flags.contains(StateFlags.MAXIMIZED) && s.maximized) {
            if (flags.contains(StateFlags.SIZE)) awaitSize(window, s.width, s.height);
            window.maximize();
        }
        if (flags.contains(StateFlags.FULLSCREEN)) window.setFullscreen(s.fullscreen);
    }

    /**
     * Waits (up to 2 s) for the window to report the size just set: a toolkit may apply a resize later than a
     * maximize (GTK does), and the window manager would then remember the old size as the one to unmaximize to.
     */
    private void awaitSize(Window window, long width, long height) {
        CompletableFuture<Void> sized = new CompletableFuture<>();
        long id = window.listen("tauri://resize", e -> {
            PhysicalSize now = e.payloadAs(PhysicalSize.class);
            if (now.width() == width && now.height() == height) sized.complete(null);
        });
        try {
            PhysicalSize now = window.innerSize();
            if (now.width() == width && now.height() == height) return;
            sized.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "window ''{0}'' kept another size than the saved one", window.label());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            app.unlisten(id);
        }
    }

    /**
     * Starts tracking {@code window}: an entry for it, kept current from its moves and resizes (an {@code app.exit()}
     * closes windows without a close request, so the entry must not wait for one).
     */
    void track(Window window) {
        String label = window.label();
        synchronized (lock) {
            cache().computeIfAbsent(label, l -> new SavedWindow());
        }
        if (flags.contains(StateFlags.POSITION)) window.listen("tauri://move", e -> moved(window, e));
        if (flags.contains(StateFlags.SIZE)) window.listen("tauri://resize", e -> resized(window, e));
    }

    /** The window was asked to close (on the UI thread, so its state can still be read): records it. */
    void closeRequested(Window window) {
        boolean tracked;
        synchronized (lock) {
            tracked = cache().containsKey(window.label());
        }
        if (tracked) record(window, flags);
    }

    private void moved(Window window, Event e) {
        if (!shown(window)) return;
        history(window.label()).moved(e.payloadAs(PhysicalPosition.class));
        record(window, flags);
    }

    private void resized(Window window, Event e) {
        if (!shown(window)) return;
        history(window.label()).resized(e.payloadAs(PhysicalSize.class));
        record(window, flags);
    }

    /**
     * Whether the window is on screen: a closing window is unmapped and its frame removed, which moves it (to -1, -1
     * under openbox) after its close request recorded it; a hidden window's geometry is not the user's.
     */
    private static boolean shown(Window window) {
        try {
            return window.isVisible();
        } catch (RuntimeException closed) {
            return false;
        }
    }

    private GeometryHistory history(String label) {
        return histories.computeIfAbsent(label, l -> new GeometryHistory());
    }

    private void record(Window window, StateFlags flags) {
        Observed now;
        try {
            now = Observed.of(window, flags);
        } catch (RuntimeException closed) {
            LOG.log(System.Logger.Level.DEBUG, "window ''{0}'' closed before its state was read", window.label());
            return;
        }
        synchronized (lock) {
            SavedWindow s = cache().get(window.label());
            if (s != null) now.into(s, flags, history(window.label()));
        }
    }

    private List<String> labels() {
        synchronized (lock) {
            return List.copyOf(cache().keySet());
        }
    }

    private Map<String, SavedWindow> cache() {
        if (cache == null) {
            try {
                cache = StateFile.read(file());
            } catch (IOException e) {
                // as Tauri: an unreadable file is an empty one, rewritten at the next save
                LOG.log(System.Logger.Level.WARNING, "the window-state file " + file() + " is unreadable; starting afresh", e);
                cache = new LinkedHashMap<>();
            }
        }
        return cache;
    }

    private static SavedWindow copy(SavedWindow s) {
        SavedWindow c = new SavedWindow();
        c.width = s.width;
        c.height = s.height;
        c.x = s.x;
        c.y = s.y;
        c.prevX = s.prevX;
        c.prevY = s.prevY;
        c.maximized = s.maximized;
        c.visible = s.visible;
        c.decorated = s.decorated;
        c.fullscreen = s.fullscreen;
        return c;
    }
}
