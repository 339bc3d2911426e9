package dev.tauri4j.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalLinksTest {

    @Test
    void onlyHttpHttpsAndMailtoAreHandedOverAndOnlyWhenOptedIn(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log");
        Path opener = Files.writeString(dir.resolve("opener"), "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));
        ExternalLinks on = new ExternalLinks(true, List.of(opener.toString()));
        assertThat(on.open("https://example.com/a%20b?c=$(reboot)")).isTrue();
        assertThat(on.open("mailto:someone@example.com")).isTrue();
        assertThat(on.open("file:///etc/passwd")).isFalse();
        assertThat(on.open("javascript:alert(1)")).isFalse();
        assertThat(on.open("tauri://localhost/index.html")).isFalse();
        assertThat(on.open("not a uri")).isFalse();
        assertThat(new ExternalLinks(false, List.of(opener.toString())).open("https://example.com/")).isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((!Files.exists(log) || Files.readAllLines(log).size() < 2) && System.nanoTime() < deadline) Thread.sleep(20);
        // one argument each, never interpreted by a shell
        assertThat(Files.readAllLines(log)).containsExactlyInAnyOrder("https://example.com/a%20b?c=$(reboot)", "mailto:someone@example.com");
    }
}
