package dev.tauri4j.plugins.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's notification:default. */
class NotificationPermissionsTest {

    private static final PluginPermissions NOTIFICATION =
            PluginResources.load(NotificationPermissionsTest.class.getClassLoader(), "notification", List.of()).orElseThrow();

    @Test
    void theDefaultSetAllowsEveryCommandOfTaurisList() {
        assertThat(NOTIFICATION.commands()).hasSize(16).contains("notify", "is_permission_granted", "request_permission",
                "register_listener", "create_channel", "permission_state");
        List<String> warnings = new ArrayList<>();
        CapabilitySet set = PluginCapabilityCheck.resolve(NOTIFICATION, "[\"notification:default\"]", warnings);
        assertThat(warnings).isEmpty();
        assertThat(set.active().getFirst().allow()).hasSize(16).contains("plugin:notification|notify",
                "plugin:notification|is_permission_granted", "plugin:notification|request_permission");
    }

    @Test
    void allowNotifyAloneAllowsOnlyNotify() {
        List<String> warnings = new ArrayList<>();
        CapabilitySet set = PluginCapabilityCheck.resolve(NOTIFICATION, "[\"notification:allow-notify\"]", warnings);
        assertThat(set.active().getFirst().allow()).containsExactly("plugin:notification|notify");
    }
}
