package dev.tauri4j.plugin;

import dev.tauri4j.Window;

/**
 * A tauri4j plugin: a named group of commands, permissions, an optional document-start script, settings and hooks,
 * added to an app with {@code Tauri.builder().plugin(new MyPlugin())}.
 *
 * <p>The name is the plugin's namespace and permission prefix: a command {@code ping} registered in
 * {@link #setup} is called from JS as {@code invoke('plugin:<name>|ping')} and granted by {@code <name>:allow-ping}
 * (generated for every command, as are {@code <name>:deny-ping}), by the plugin's {@code <name>:default} set, or by
 * any set in its permission files ({@code META-INF/tauri4j/plugins/<name>/permissions/*.json}, see docs/plugins.md).
 *
 * <p>A plugin is added explicitly, never by being on the class path: the app decides which plugins get an IPC surface
 * and in which order they are set up (a transitive dependency must not silently add commands), and a plugin can take
 * constructor arguments. Tauri asks for the same explicit {@code .plugin(...)} call.
 *
 * <p>Every hook runs on a virtual thread, never on the UI thread; an exception in a hook is logged and does not
 * stop the app, except in {@link #setup}, where it stops the start.
 */
public interface Plugin {

    /**
     * The plugin's name: lower-case ASCII letters, digits and {@code -}, starting with a letter (e.g. {@code echo},
     * {@code clipboard-manager}); not {@code core} nor the name of a core plugin ({@code app}, {@code window}, ...).
     */
    String name();

    /**
     * The type each scope entry of this plugin's commands is read as, with Jackson, for a {@link CommandScope} or
     * {@link GlobalScope} parameter whose type argument the compiler did not keep (a lambda's); e.g. a record
     * {@code record Name(String name)} for entries {@code {"name": "ada"}}. The default keeps the raw JSON.
     */
    default Class<?> scopeType() {
        return com.fasterxml.jackson.databind.JsonNode.class;
    }

    /** Registers the plugin's commands, state and init scripts; runs once at start, before any window opens. */
    default void setup(PluginContext context) throws Exception {}

    /** A window was opened (from the config, by the app, or from JS). */
    default void onWindowCreated(Window window) {}

    /** A new document was committed in {@code window} (a load or a reload), at {@code url}; its init scripts have run. */
    default void onPageLoad(Window window, String url) {}

    /** The window labelled {@code label} was destroyed. */
    default void onWindowDestroyed(String label) {}

    /** The app is about to exit with {@code code}; every window is closed. */
    default void onExit(int code) {}
}
