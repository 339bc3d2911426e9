package dev.tauri4j.plugins.updater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.capability.PluginCapabilityCheck;
import dev.tauri4j.config.capability.PluginPermissions;
import dev.tauri4j.config.capability.PluginResources;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plugins.updater} as tauri.conf.json has it, the errors that name the field, and the default permissions. */
class UpdaterConfigTest {

    private static final MinisignKeyPair KEYS = MinisignKeyPair.generate();

    @Test
    void readsTauriPubkeyFormAndEndpoints() {
        UpdaterConfig config = UpdaterConfig.of(Map.of("pubkey", Signing.pubkey(KEYS),
                "endpoints", List.of("https://example.com/{{target}}/{{arch}}/{{current_version}}"),
                "windows", Map.of("installMode", "passive")));
        assertThat(config.pubkey()).isEqualTo(KEYS.publicKey());
        assertThat(config.endpoints()).containsExactly("https://example.com/{{target}}/{{arch}}/{{current_version}}");
        assertThat(config.dangerousInsecureTransportProtocol()).isFalse();
    }

    @Test
    void badValuesNameTheField() {
        String key = Signing.pubkey(KEYS);
        assertThatThrownBy(() -> UpdaterConfig.of(null)).hasMessageContaining("plugins.updater must be present");
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("endpoints", List.of())))
                .hasMessageContaining("plugins.updater.pubkey must be").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("pubkey", "bm90IGEga2V5")))
                .hasMessageContaining("plugins.updater.pubkey");
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("pubkey", key, "endpoints", "https://x")))
                .hasMessageContaining("plugins.updater.endpoints must be a list");
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("pubkey", key, "endpoints", List.of("ftp://x/y"))))
                .hasMessageContaining("plugins.updater.endpoints[0] must be an http(s) URL");
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("pubkey", key, "dangerousInsecureTransportProtocol", "yes")))
                .hasMessageContaining("plugins.updater.dangerousInsecureTransportProtocol must be true or false");
    }

    @Test
    void plainHttpNeedsTheDangerousFlag() {
        String key = Signing.pubkey(KEYS);
        assertThatThrownBy(() -> UpdaterConfig.of(Map.of("pubkey", key, "endpoints", List.of("https://a/", "http://b/"))))
                .hasMessageContaining("plugins.updater.endpoints[1] is http://b/")
                .hasMessageContaining("\"dangerousInsecureTransportProtocol\": true");
        assertThat(UpdaterConfig.of(Map.of("pubkey", key, "endpoints", List.of("http://b/"),
                "dangerousInsecureTransportProtocol", true)).endpoints()).containsExactly("http://b/");
    }

    @Test
    void javaArchitecturesHaveTauriNames() {
        assertThat(UpdaterTarget.arch("amd64")).isEqualTo("x86_64");
        assertThat(UpdaterTarget.arch("aarch64")).isEqualTo("aarch64");
        assertThat(UpdaterTarget.arch("x86")).isEqualTo("i686");
        assertThat(UpdaterTarget.arch("arm")).isEqualTo("armv7");
        assertThatThrownBy(() -> UpdaterTarget.arch("sparc")).hasMessageContaining("Unsupported application architecture");
    }

    @Test
    void theDefaultSetGrantsTheWholeWorkflow() {
        PluginPermissions updater = PluginResources.load(getClass().getClassLoader(), "updater", List.of()).orElseThrow();
        assertThat(updater.commands()).containsExactlyInAnyOrder("check", "download", "install", "download_and_install");
        List<String> warnings = new ArrayList<>();
        assertThat(PluginCapabilityCheck.resolve(updater, "[\"updater:default\"]", warnings).active().getFirst().allow())
                .containsExactlyInAnyOrder("plugin:updater|check", "plugin:updater|download", "plugin:updater|install",
                        "plugin:updater|download_and_install");
        assertThat(warnings).isEmpty();
    }

    @Test
    void semverOrdersPreReleasesBeforeReleases() {
        assertThat(SemVer.parse("1.0.0-alpha", "v")).isLessThan(SemVer.parse("1.0.0-alpha.1", "v"));
        assertThat(SemVer.parse("1.0.0-alpha.beta", "v")).isLessThan(SemVer.parse("1.0.0-beta", "v"));
        assertThat(SemVer.parse("1.0.0-beta.2", "v")).isLessThan(SemVer.parse("1.0.0-beta.11", "v"));
        assertThat(SemVer.parse("1.0.0-rc.1", "v")).isLessThan(SemVer.parse("1.0.0", "v"));
        assertThat(SemVer.parse("1.9.0", "v")).isLessThan(SemVer.parse("1.10.0", "v"));
        assertThatThrownBy(() -> SemVer.parse("1.0", "the version")).hasMessageContaining("the version is not a semantic version");
    }
}
