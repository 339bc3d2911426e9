package dev.tauri4j;

/**
 * Registers a group of commands on a builder; tauri4j's annotation processor generates one per package of
 * {@link Command} methods and lists it in {@code META-INF/services/dev.tauri4j.CommandRegistrar}, where
 * {@link Tauri.Builder#run()} finds it (see {@link Tauri.Builder#discoverCommands(boolean)}).
 */
@FunctionalInterface
public interface CommandRegistrar {

    /** Registers the commands with the same public API an app uses by hand ({@code handler}, {@code command}). */
    void register(Tauri.Builder builder);
}
