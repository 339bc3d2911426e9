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

    /** Closes every window and ends the process with {@code code}. */
    void exit(int code);
}
