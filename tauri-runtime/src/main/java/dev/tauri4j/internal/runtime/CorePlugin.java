package dev.tauri4j.internal.runtime;

import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginContext;
import java.util.function.Consumer;

/**
 * A core plugin ({@code app}, {@code window}, ...): a plugin on the public API whose permissions, as in Tauri, carry
 * the {@code core:} prefix ({@code core:window:allow-set-title}) and come from tauri-config's core-permissions.json.
 * Only the runtime makes these, so no third-party plugin can claim the {@code core:} prefix.
 */
final class CorePlugin implements Plugin {

    private final String name;
    private final Consumer<PluginContext> setup;

    CorePlugin(String name, Consumer<PluginContext> setup) {
        this.name = name;
        this.setup = setup;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void setup(PluginContext context) {
        setup.accept(context);
    }
}
