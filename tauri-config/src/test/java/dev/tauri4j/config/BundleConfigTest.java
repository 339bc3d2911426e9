package dev.tauri4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bundle.externalBin as Tauri names its files: the triple, the bundled name, and the config's checks. */
class BundleConfigTest {

    private static TauriConfig parse(String bundle) {
        return ConfigLoader.parse("{\"identifier\": \"com.example.app\", \"bundle\": " + bundle + "}", "tauri.conf.json").config();
    }

    @ParameterizedTest
    @CsvSource({
            "Linux, amd64, x86_64-unknown-linux-gnu",
            "Linux, aarch64, aarch64-unknown-linux-gnu",
            "Linux, arm, armv7-unknown-linux-gnueabihf",
            "Mac OS X, aarch64, aarch64-apple-darwin",
            "Mac OS X, x86_64, x86_64-apple-darwin",
            "Windows 11, amd64, x86_64-pc-windows-msvc"})
    void theTripleIsRustcsHostTripleForJavasOsNameAndArch(String os, String arch, String triple) {
        assertThat(TargetTriple.of(os, arch)).isEqualTo(triple);
    }

    @Test
    void anUnknownMachineNamesTheOverride() {
        assertThatThrownBy(() -> TargetTriple.of("Linux", "s390x")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("os.arch \"s390x\"").hasMessageContaining("-Dtauri.targetTriple=");
    }

    @Test
    void theSourceCarriesTheTripleAndTheBundledNameIsTheLastSegmentWithoutIt() {
        assertThat(BundleConfig.sourcePath("binaries/my-sidecar", "x86_64-unknown-linux-gnu"))
                .isEqualTo("binaries/my-sidecar-x86_64-unknown-linux-gnu");
        assertThat(BundleConfig.bundledName("binaries/my-sidecar", "x86_64-unknown-linux-gnu")).isEqualTo("my-sidecar");
        assertThat(BundleConfig.sourcePath("bin/tool", "x86_64-pc-windows-msvc")).isEqualTo("bin/tool-x86_64-pc-windows-msvc.exe");
        assertThat(BundleConfig.bundledName("bin/tool", "x86_64-pc-windows-msvc")).isEqualTo("tool.exe");
    }

    @Test
    void externalBinIsReadAndAbsentMeansNone() {
        assertThat(parse("{\"externalBin\": [\"binaries/a\", \"/opt/tools/b\"]}").bundle().externalBin())
                .containsExactly("binaries/a", "/opt/tools/b");
        assertThat(parse("{\"icon\": []}").bundle().externalBin()).isEmpty();
    }

    @Test
    void aWrongExternalBinNamesTheFieldAndTheFix() {
        assertThatThrownBy(() -> parse("{\"externalBin\": \"binaries/a\"}"))
                .hasMessageContaining("tauri.conf.json: bundle.externalBin must be an array of strings")
                .hasMessageContaining("Fix: list the sidecars' paths");
        assertThatThrownBy(() -> parse("{\"externalBin\": [\"binaries/a\", 3]}"))
                .hasMessageContaining("bundle.externalBin[1] must be a path to a binary");
        assertThatThrownBy(() -> parse("{\"externalBin\": [\"binaries/a\", \"other/a\"]}"))
                .hasMessageContaining("bundle.externalBin[1] and bundle.externalBin[0] both end in \"a\"")
                .hasMessageContaining("Fix: rename one");
    }
}
