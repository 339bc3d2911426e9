package dev.tauri4j.plugin;

import dev.tauri4j.CommandRegistry;

/**
 * Registers the {@code @Command} methods of a {@link PluginCommands} plugin class; tauri-processor generates one
 * per such class ({@code <Class>_Commands} next to it), and the runtime calls it during the plugin's setup.
 */
@FunctionalInterface
public interface PluginCommandRegistrar {

    /** The generated class for {@code pluginClass}: {@code com.example.EchoPlugin} gives {@code com.example.EchoPlugin_Commands}. */
    static String className(String packageName, String pluginClassInPackage) {
        String local = pluginClassInPackage.replace('.', '_').replace('$', '_') + "_Commands";
        return packageName.isEmpty() ? local : packageName + "." + local;
    }

    /** Registers the commands of {@code plugin} on {@code commands}, the registry in the plugin's namespace. */
    void register(Plugin plugin, CommandRegistry commands);
}
