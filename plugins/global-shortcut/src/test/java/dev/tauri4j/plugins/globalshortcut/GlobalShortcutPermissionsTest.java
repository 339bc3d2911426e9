package dev.tauri4j.plugins.globalshortcut;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's global-shortcut:default grants nothing. */
class GlobalShortcutPermissionsTest {

    @Test
    void theDefaultSetIsEmptyAndEachCommandHasItsAllowPermission() {
        PluginPermissions plugin = PluginResources.load(getClass().getClassLoader(), "global-shortcut", List.of()).orElseThrow();
        assertThat(plugin.commands()).containsExactlyInAnyOrder("register", "unregister", "unregister_all", "is_registered");
        List<String> warnings = new ArrayList<>();
        assertThat(PluginCapabilityCheck.resolve(plugin, "[\"global-shortcut:default\"]", warnings).active().getFirst().allow()).isEmpty();
        assertThat(PluginCapabilityCheck.resolve(plugin,
                "[\"global-shortcut:allow-register\", \"global-shortcut:allow-unregister-all\", \"global-shortcut:allow-is-registered\"]",
                warnings).active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:global-shortcut|register", "plugin:global-shortcut|unregister_all",
                        "plugin:global-shortcut|is_registered");
        assertThat(warnings).isEmpty();
    }
}
