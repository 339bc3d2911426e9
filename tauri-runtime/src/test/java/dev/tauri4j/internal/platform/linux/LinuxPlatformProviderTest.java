package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.platform.PlatformProvider;
import dev.tauri4j.internal.platform.WebviewPlatform;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The Linux backend is found through META-INF/services, and only on Linux. */
class LinuxPlatformProviderTest {

    @Test
    void theRuntimeJarListsTheLinuxProvider() {
        assertThat(ServiceLoader.load(PlatformProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(LinuxPlatformProvider.class);
    }

    @Test
    void itRunsOnLinuxOnly() {
        boolean linux = System.getProperty("os.name").startsWith("Linux");
        assertThat(new LinuxPlatformProvider().supportsCurrentOs()).isEqualTo(linux);
        assertThat(new LinuxPlatformProvider().currentOs()).startsWith(System.getProperty("os.name"));
    }

    @Test
    void onThisLinuxMachineTheSharedLookupFindsIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        WebviewPlatform platform = WebviewPlatform.forCurrentOs();
        assertThat(platform).isInstanceOf(LinuxPlatform.class);
        assertThat(platform.schemeOrigin("tauri")).isEqualTo("tauri://localhost");
        assertThat(platform.schemeOrigin("ipc")).isEqualTo("ipc://localhost");
    }
}
