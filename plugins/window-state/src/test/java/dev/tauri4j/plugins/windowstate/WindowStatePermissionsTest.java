package dev.tauri4j.plugins.windowstate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's window-state:default grants all three commands. */
class WindowStatePermissionsTest {

    @Test
    void theDefaultSetGrantsFilenameRestoreStateAndSaveWindowState() {
        PluginPermissions ws = PluginResources.load(getClass().getClassLoader(), "window-state", List.of()).orElseThrow();
        assertThat(ws.commands()).containsExactlyInAnyOrder("save_window_state", "restore_state", "filename");
        List<String> warnings = new ArrayList<>();
        assertThat(PluginCapabilityCheck.resolve(ws, "[\"window-state:default\"]", warnings).active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:window-state|filename", "plugin:window-state|restore_state",
                        "plugin:window-state|save_window_state");
        assertThat(warnings).isEmpty();
    }
}
