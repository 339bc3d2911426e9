package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void findsAnExecutableOnThePathInOrderAndSkipsWhatCannotRun(@TempDir Path dir) throws IOException {
        // stand-ins: the unit layer must not depend on Xvfb being installed
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path notExecutable = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(notExecutable.resolve("Xvfb"), "");
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        for (Path bin : new Path[] {first, second}) {
            Path tool = Files.writeString(bin.resolve("Xvfb"), "#!/bin/sh\n");
            Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String path = String.join(":", empty.toString(), "", notExecutable.toString(), first.toString(), second.toString());
        assertThat(HostTool.XVFB.require(path)).isEqualTo(first.resolve("Xvfb"));
        assertThat(HostTool.XVFB.find(notExecutable.toString())).isEmpty();
        assertThat(HostTool.XVFB.find(null)).isEmpty();
    }
}
