package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostToolTest {

    @Test
    void missingToolsNameTheDebianPackageToInstall(@TempDir Path emptyDir) {
        assertThatThrownBy(() -> HostTool.XVFB.require(emptyDir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Xvfb was not found")
                .hasMessageContaining("apt-get install xvfb");
        assertThatThrownBy(() -> HostTool.WEBKIT_WEBDRIVER.require(emptyDir + ":" + emptyDir))
                .hasMessageContaining("apt-get install webkit2gtk-driver");
    }

    @Test
    void findsToolsOnThePath() {
        assertThat(HostTool.XVFB.require()).hasFileName("Xvfb");
        assertThat(HostTool.WEBKIT_WEBDRIVER.require()).hasFileName("WebKitWebDriver");
    }
}
