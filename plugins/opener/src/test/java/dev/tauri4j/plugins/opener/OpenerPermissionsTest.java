package dev.tauri4j.plugins.opener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.capability.CapabilitySet;
import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.config.scope.CallScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The jar's permission files as tauri:build and the runtime read them: Tauri's opener:default and its URL scope. */
class OpenerPermissionsTest {

    private static final PluginPermissions OPENER =
            PluginResources.load(OpenerPermissionsTest.class.getClassLoader(), "opener", List.of()).orElseThrow();

    private static CapabilitySet resolve(String permissions) {
        List<String> warnings = new ArrayList<>();
        CapabilitySet set = PluginCapabilityCheck.resolve(OPENER, permissions, warnings);
        assertThat(warnings).isEmpty();
        return set;
    }

    @Test
    void theDefaultSetIsTaurisOpenUrlRevealAndTheDefaultUrls() {
        assertThat(OPENER.commands()).containsExactlyInAnyOrder("open_url", "open_path", "reveal_item_in_dir");
        CapabilitySet set = resolve("[\"opener:default\"]");
        assertThat(set.active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:opener|open_url", "plugin:opener|reveal_item_in_dir");
        CallScope call = set.scopeFor("plugin:opener|open_url", "main", "tauri://localhost/", true);
        assertThat(call.global().allow()).extracting(e -> e.value().textField("url").orElseThrow())
                .containsExactly("mailto:*", "tel:*", "http://*", "https://*");
        OpenerScope scope = new OpenerScope(call.merged(), d -> Optional.empty());
        assertThat(scope.allowsUrl("https://example.com", null)).isTrue();
        assertThat(scope.allowsUrl("tel:+4912345", null)).isTrue();
        assertThat(scope.allowsUrl("file:///etc/passwd", null)).isFalse();
        assertThat(scope.allowsUrl("javascript:alert(1)", null)).isFalse();
    }

    @Test
    void allowOpenUrlAloneAllowsNoUrl() {
        CallScope call = resolve("[\"opener:allow-open-url\"]").scopeFor("plugin:opener|open_url", "main", "tauri://localhost/", true);
        assertThat(new OpenerScope(call.merged(), d -> Optional.empty()).allowsUrl("https://example.com", null)).isFalse();
    }

    @Test
    void openPathIsGrantedOnlyByItsOwnPermissionWithAPathScope() {
        assertThat(resolve("[\"opener:default\"]").active().getFirst().allow()).doesNotContain("plugin:opener|open_path");
        CallScope call = resolve("[{\"identifier\": \"opener:allow-open-path\", \"allow\": [{\"path\": \"/srv/reports/**\"}]}]")
                .scopeFor("plugin:opener|open_path", "main", "tauri://localhost/", true);
        OpenerScope scope = new OpenerScope(call.merged(), d -> Optional.empty());
        assertThat(scope.allowsPath(Path.of("/srv/reports/q1.pdf"), null)).isTrue();
        assertThat(scope.allowsPath(Path.of("/etc/passwd"), null)).isFalse();
    }
}
