package dev.tauri4j.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalLinksTest {

    private final List<String> opened = new ArrayList<>();

    @Test
    void onlyHttpHttpsAndMailtoAreHandedOverAndOnlyWhenOptedIn() {
        ExternalLinks on = new ExternalLinks(true, opened::add);
        assertThat(on.open("https://example.com/a%20b?c=$(reboot)")).isTrue();
        assertThat(on.open("mailto:someone@example.com")).isTrue();
        assertThat(on.open("HTTP://example.com/")).isTrue();
        assertThat(on.open("file:///etc/passwd")).isFalse();
        assertThat(on.open("javascript:alert(1)")).isFalse();
        assertThat(on.open("tauri://localhost/index.html")).isFalse();
        assertThat(on.open("not a uri")).isFalse();
        assertThat(new ExternalLinks(false, opened::add).open("https://example.com/")).isFalse();
        assertThat(opened).containsExactly("https://example.com/a%20b?c=$(reboot)", "mailto:someone@example.com", "HTTP://example.com/");
    }

    @Test
    void anOpenerThatFailsIsReportedAsNotOpened() {
        ExternalLinks broken = new ExternalLinks(true, target -> {
            throw new IOException("no opener");
        });
        assertThat(broken.open("https://example.com/")).isFalse();
    }
}
