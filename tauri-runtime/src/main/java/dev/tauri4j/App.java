package dev.tauri4j;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** A running tauri4j application: its windows, events and managed state. */
public interface App {

    /** Sends an event to every window and to every Java listener. */
    void emit(String event, Object payload);

    /** Sends an event to the windows whose label is {@code label} (and to Java listeners of that target). */
    void emitTo(String label, String event, Object payload);

    /** Registers a Java listener for {@code event}; the returned id unregisters it. */
    long listen(String event, Consumer<Event> handler);

    /** Registers a Java listener that runs at most once. */
    long once(String event, Consumer<Event> handler);

    /** Removes a Java listener registered with {@link #listen} or {@link #once}. */
    void unlisten(long listenerId);

    /** The window with this label, if it is open. */
    Optional<Window> window(String label);

    /** The open windows. */
    Collection<Window> windows();

    /**
     * The monitors, as Tauri's {@code available_monitors()}; asked through an open window, so empty while none is open.
     */
    java.util.List<Monitor> monitors();

    /**
     * Listens to every window's close requests (the close button, {@link Window#requestClose}), as Tauri's
     * {@code WindowEvent::CloseRequested}: {@code listener} runs on the UI thread before the window closes, so it can
     * still read the window's state; keep it short. Whether the window closes is decided by
     * {@link Window#onCloseRequested} and the page, not here.
     */
    void onWindowCloseRequested(Consumer<Window> listener);

    /** Opens a new window at run time. */
    Window createWindow(dev.tauri4j.config.WindowConfig config);

    /** The object registered with {@code manage} for this type. */
    <T> Optional<T> state(Class<T> type);

    /** The app's configuration (tauri.conf.json with defaults applied). */
    dev.tauri4j.config.TauriConfig config();

    /**
     * The app's resource table, for objects that outlive windows (a tray icon made in setup); freed at exit.
     * {@code plugin:resources|close} looks here when the calling window's own table has no such rid.
     */
    dev.tauri4j.plugin.Resources resources();

    /**
     * The paths granted at run time to the scope {@code scope} ({@link dev.tauri4j.plugin.GrantedPaths#FS},
     * {@link dev.tauri4j.plugin.GrantedPaths#ASSET_PROTOCOL}, or a plugin's own name), one set per name for the
     * app's run: how the dialog plugin lets fs and the asset protocol reach what the user picked (docs/scopes.md).
     */
    dev.tauri4j.plugin.GrantedPaths grantedPaths(String scope);

    /**
     * Where one of Tauri's base directories is on this machine ({@code AppData} is the user's data folder plus the
     * app's identifier, as in Tauri's {@code app.path()}); empty when the system has none.
     */
    Optional<java.nio.file.Path> directory(dev.tauri4j.config.scope.BaseDirectory directory);

    /**
     * Where the binary of a {@code bundle.externalBin} entry (a sidecar, e.g. {@code "binaries/my-sidecar"}) is: in a
     * bundle from {@code tauri:bundle}, next to the app's launcher (the app image's {@code bin/}) under the entry's file
     * name; run from a class path with a config file ({@code tauri:dev}, {@code -Dtauri.config}), the project's
     * {@code <entry>-<target triple>} beside that file. The file may be missing; checking it is the caller's job.
     *
     * @throws IllegalArgumentException when {@code bundle.externalBin} does not list {@code entry}
     * @throws IllegalStateException    when the app runs from a class path with the config from its jar
     */
    java.nio.file.Path externalBinary(String entry);

    /**
     * Hands a URL or a file path to the operating system, which opens it with the user's default app; never through
     * a shell, never waits for the app. Checking what may be opened is the caller's job (the opener plugin's scopes).
     */
    void openWithSystem(String target) throws java.io.IOException;

    /**
     * The user's D-Bus session bus, connected on first use (Linux only); for plugins that talk to desktop services.
     * An {@link java.io.IOException} names what is missing when there is no bus.
     */
    dev.tauri4j.plugin.SessionBus sessionBus() throws java.io.IOException;

    /** Shows a tray icon ({@link TrayIcon#builder}); an id already in use is an error. Without a tray host it waits for one. */
    TrayIcon newTrayIcon(TrayIcon.Builder builder) throws java.io.IOException;

    /** The tray icon with this id, made from Java or from JS. */
    Optional<TrayIcon> trayIcon(String id);

    /** Runs {@code task} on the UI thread (Tauri's {@code run_on_main_thread}): inline when called there, else queued. */
    void runOnMainThread(Runnable task);

    /** Closes every window and ends the process with {@code code}. */
    void exit(int code);

    /**
     * Sets the app menu (null removes it) and returns the previous one: as in Tauri on Linux and Windows, it becomes the
     * menu bar of every window that has no menu of its own, and of the windows that open later. See docs/menus.md.
     */
    dev.tauri4j.menu.Menu setMenu(dev.tauri4j.menu.Menu menu);

    /** The app menu, if one is set. */
    Optional<dev.tauri4j.menu.Menu> menu();

    /**
     * Listens to clicks on every menu item of the app (window menus, the app menu, context menus), as Tauri's
     * {@code on_menu_event}; listeners run in order on one virtual thread, never on the UI thread.
     */
    void onMenuEvent(Consumer<dev.tauri4j.menu.MenuEvent> listener);
}
