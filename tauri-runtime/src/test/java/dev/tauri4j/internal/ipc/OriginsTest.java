package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void onlyTheAppSchemeIsTrustedInRelease() {
        Origins origins = new Origins(null);
        assertThat(origins.isAppPage("tauri://localhost/index.html")).isTrue();
        assertThat(origins.isAppPage("tauri://localhost.evil.com/")).isFalse();
        assertThat(origins.isAppPage("https://example.com/")).isFalse();
        assertThat(origins.isAppPage("http://localhost:5173/")).isFalse();
        assertThat(origins.isAppPage(null)).isFalse();
        assertThat(origins.isAppOrigin("tauri://localhost")).isTrue();
        assertThat(origins.isAppOrigin("null")).isFalse();
        assertThat(origins.mayNavigate("about:blank")).isTrue();
        assertThat(origins.mayNavigate("file:///etc/passwd")).isFalse();
    }

    @Test
    void theDevServerIsTrustedInDevModeWithItsExactPort() {
        Origins origins = new Origins("http://localhost:5173/");
        assertThat(origins.isAppPage("http://localhost:5173/src/main.ts")).isTrue();
        assertThat(origins.isAppPage("http://localhost:5174/")).isFalse();
        assertThat(origins.isAppOrigin("http://localhost:5173")).isTrue();
    }
}
