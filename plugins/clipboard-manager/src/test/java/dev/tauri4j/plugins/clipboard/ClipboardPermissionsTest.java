package dev.tauri4j.plugins.clipboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's empty default and one allow- per command. */
class ClipboardPermissionsTest {

    private static final PluginPermissions CLIPBOARD =
            PluginResources.load(ClipboardPermissionsTest.class.getClassLoader(), "clipboard-manager", List.of()).orElseThrow();

    private static CapabilitySet resolve(String permissions) {
        List<String> warnings = new ArrayList<>();
        CapabilitySet set = PluginCapabilityCheck.resolve(CLIPBOARD, permissions, warnings);
        assertThat(warnings).isEmpty();
        return set;
    }

    @Test
    void theCommandsAreTaurisAndTheDefaultSetGrantsNone() {
        assertThat(CLIPBOARD.commands()).containsExactlyInAnyOrder("write_text", "read_text", "write_image", "read_image",
                "write_html", "clear");
        assertThat(resolve("[\"clipboard-manager:default\"]").active().getFirst().allow()).isEmpty();
    }

    @Test
    void eachCommandHasItsOwnAllowPermission() {
        assertThat(resolve("[\"clipboard-manager:allow-write-text\", \"clipboard-manager:allow-read-image\"]").active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:clipboard-manager|write_text", "plugin:clipboard-manager|read_image");
    }
}
