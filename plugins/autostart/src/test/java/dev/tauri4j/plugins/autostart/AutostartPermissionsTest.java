package dev.tauri4j.plugins.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's autostart:default grants all three commands. */
class AutostartPermissionsTest {

    @Test
    void theDefaultSetGrantsEnableDisableAndIsEnabled() {
        PluginPermissions autostart = PluginResources.load(getClass().getClassLoader(), "autostart", List.of()).orElseThrow();
        assertThat(autostart.commands()).containsExactlyInAnyOrder("enable", "disable", "is_enabled");
        List<String> warnings = new ArrayList<>();
        assertThat(PluginCapabilityCheck.resolve(autostart, "[\"autostart:default\"]", warnings).active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:autostart|enable", "plugin:autostart|disable", "plugin:autostart|is_enabled");
        assertThat(warnings).isEmpty();
    }
}
