package dev.tauri4j.internal.runtime;

import dev.tauri4j.CommandRegistry;
import dev.tauri4j.plugin.Plugin;
import dev.tauri4j.plugin.PluginCommandRegistrar;

/** What tauri-processor would generate for {@link PluginHostTest.Annotated}: one command on the plugin instance. */
public final class PluginHostTest_Annotated_Commands implements PluginCommandRegistrar {

    @Override
    public void register(Plugin plugin, CommandRegistry commands) {
        commands.handler("ping", call -> ((PluginHostTest.Annotated) plugin).reply);
    }
}
