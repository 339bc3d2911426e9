package dev.tauri4j.plugins.globalshortcut;

import dev.tauri4j.App;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The global-shortcut plugin's Java API, what the npm package does:
 * {@code GlobalShortcut.of(app).register("CmdOrCtrl+Shift+K", event -> ...)}, or a {@code GlobalShortcut} command
 * parameter (the plugin manages it). A shortcut is registered once per app: registering it again fails with
 * Tauri's "HotKey already registered" until it is unregistered. The window system is connected on first use.
 */
public final class GlobalShortcut implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GlobalShortcut.class.getName());

    private record Entry(Shortcut shortcut, ShortcutListener listener, Registration registration) {}

    private final Supplier<KeyGrabs> platform;
    private final Map<Integer, Entry> registered = new ConcurrentHashMap<>();
    // one thread, so that a listener sees each shortcut's press before its release
    private final ExecutorService listeners = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("global-shortcut-listener").factory());
    private KeyGrabs grabs;
    private boolean closed;

    GlobalShortcut(Function<KeyGrabs.Events, KeyGrabs> platform) {
        this.platform = () -> platform.apply(this::dispatch);
    }

    /** The global shortcuts of an app that added {@code new GlobalShortcutPlugin()}. */
    public static GlobalShortcut of(App app) {
        return app.state(GlobalShortcut.class).orElseThrow(() -> new IllegalStateException(
                "this app has no global-shortcut plugin. Fix: Tauri.builder().plugin(new GlobalShortcutPlugin())"));
    }

    /** Registers {@code shortcut} (Tauri's syntax, e.g. {@code "CmdOrCtrl+Shift+K"}) to call {@code listener}. */
    public Registration register(String shortcut, ShortcutListener listener) {
        return register(List.of(Shortcut.parse(shortcut)), listener);
    }

    /**
     * Registers every one of {@code shortcuts} to call {@code listener}. As in Tauri, they are registered in order
     * and a failure stops there: those before it stay registered (the exception's registration is lost, so
     * {@link #unregister} them by name or call {@link #unregisterAll()}).
     */
    public synchronized Registration register(List<Shortcut> shortcuts, ShortcutListener listener) {
        if (listener == null) throw new IllegalArgumentException("'listener' is null. Fix: pass what the shortcut should call, e.g. event -> ...");
        Registration registration = new Registration(this, shortcuts);
        for (Shortcut shortcut : shortcuts) {
            if (registered.containsKey(shortcut.id())) {
                throw ShortcutException.alreadyRegistered(shortcut, " (by this app; unregister it first)");
            }
            grabs().grab(shortcut);
            registered.put(shortcut.id(), new Entry(shortcut, listener, registration));
        }
        return registration;
    }

    /** Unregisters {@code shortcuts}; one that is not registered is skipped. */
    public void unregister(String... shortcuts) {
        unregister(Shortcut.parseAll(List.of(shortcuts)));
    }

    /** Unregisters {@code shortcuts}; one that is not registered is skipped. */
    public synchronized void unregister(List<Shortcut> shortcuts) {
        for (Shortcut shortcut : shortcuts) {
            if (registered.remove(shortcut.id()) != null) grabs().ungrab(shortcut);
        }
    }

    /** Unregisters every shortcut this app registered. */
    public synchronized void unregisterAll() {
        unregister(registered());
    }

    /** Whether this app registered {@code shortcut}; one registered by another application answers false. */
    public boolean isRegistered(String shortcut) {
        return isRegistered(Shortcut.parse(shortcut));
    }

    /** Whether this app registered {@code shortcut}. */
    public boolean isRegistered(Shortcut shortcut) {
        return registered.containsKey(shortcut.id());
    }

    /** The shortcuts this app has registered. */
    public List<Shortcut> registered() {
        return registered.values().stream().map(Entry::shortcut).toList();
    }

    /** Unregisters everything and closes the window-system connection; the plugin calls it at exit. */
    @Override
    public synchronized void close() {
        closed = true;
        registered.clear();
        if (grabs != null) grabs.close();
        listeners.shutdown();
    }

    synchronized boolean holds(Registration registration) {
        return registered.values().stream().anyMatch(e -> e.registration() == registration);
    }

    synchronized void release(Registration registration) {
        unregister(registered.values().stream().filter(e -> e.registration() == registration).map(Entry::shortcut).toList());
    }

    private KeyGrabs grabs() {
        if (closed) throw new IllegalStateException("the app is exiting: global shortcuts are closed");
        if (grabs == null) grabs = platform.get();
        return grabs;
    }

    private void dispatch(Shortcut shortcut, ShortcutEvent.State state) {
        Entry entry = registered.get(shortcut.id());
        if (entry == null || listeners.isShutdown()) return;
        ShortcutEvent event = new ShortcutEvent(entry.shortcut(), state);
        listeners.execute(() -> {
            try {
                entry.listener().onShortcut(event);
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.WARNING, "the listener of global shortcut " + shortcut + " failed", e);
            }
        });
    }
}
