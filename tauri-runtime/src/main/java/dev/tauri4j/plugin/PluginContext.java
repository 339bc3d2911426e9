package dev.tauri4j.plugin;

import dev.tauri4j.App;
import dev.tauri4j.CommandRegistry;

/** What a {@link Plugin} gets in its {@link Plugin#setup}: its commands, scripts, settings and state. */
public interface PluginContext {

    /** The plugin's name. */
    String name();

    /**
     * The app's command registry (the one {@code Tauri.builder().command(...)} fills), with names in this plugin's
     * namespace: {@code commands().command("ping", () -> "pong")} registers {@code plugin:<name>|ping}. Register
     * during setup: permissions are generated from the commands there when setup ends.
     */
    CommandRegistry commands();

    /**
     * Adds a script that runs in every page at document start, after tauri4j's bridge (so
     * {@code window.__TAURI_INTERNALS__} exists) and before the page's own scripts.
     */
    void initScript(String script);

    /** The plugin's settings: {@code plugins.<name>} in {@code tauri.conf.json}. */
    PluginConfig config();

    /** Makes {@code state} injectable into commands by its type, as {@code Tauri.builder().manage(...)} does. */
    void manage(Object state);

    /** The app; during setup no window is open yet, so keep it for later (commands, hooks). */
    App app();
}
