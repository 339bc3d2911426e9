package dev.tauri4j.plugins.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.config.scope.CallScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: shell:default is open only; scopes reach the call. */
class ShellPermissionsTest {

    private static final PluginPermissions SHELL =
            PluginResources.load(ShellPermissionsTest.class.getClassLoader(), "shell", List.of()).orElseThrow();

    private static CapabilitySet resolve(String permissions) {
        List<String> warnings = new ArrayList<>();
        CapabilitySet set = PluginCapabilityCheck.resolve(SHELL, permissions, warnings);
        assertThat(warnings).isEmpty();
        return set;
    }

    @Test
    void theDefaultSetIsTaurisAllowOpen() {
        assertThat(SHELL.commands()).containsExactlyInAnyOrder("execute", "spawn", "stdin_write", "kill", "open");
        assertThat(resolve("[\"shell:default\"]").active().getFirst().allow()).containsExactly("plugin:shell|open");
    }

    @Test
    void anExecuteScopeEntryReachesTheCallAndResolvesTheName() {
        CallScope call = resolve("[{\"identifier\": \"shell:allow-execute\", \"allow\": [{\"name\": \"echo-hi\", \"cmd\": \"/bin/echo\","
                + " \"args\": [\"hi\"]}]}]").scopeFor("plugin:shell|execute", "main", "tauri://localhost/", true);
        assertThat(new ShellScope(call.merged()).prepare("echo-hi", List.of()))
                .isEqualTo(new ShellScope.Prepared("/bin/echo", List.of("hi")));
    }
}
