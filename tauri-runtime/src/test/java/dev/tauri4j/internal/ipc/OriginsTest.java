package dev.tauri4j.internal.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void onlyTheAppSchemeIsTrustedInRelease() {
        Origins origins = new Origins("tauri://localhost", null);
        assertThat(origins.app()).isEqualTo("tauri://localhost");
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
    void theAppOriginIsWhatThePlatformSays() {
        Origins windows = new Origins("http://tauri.localhost", null);
        assertThat(windows.isAppPage("http://tauri.localhost/index.html")).isTrue();
        assertThat(windows.isAppOrigin("http://tauri.localhost")).isTrue();
        assertThat(windows.isAppPage("tauri://localhost/index.html")).isFalse();
        assertThat(windows.isAppOrigin("tauri://localhost")).isFalse();
        assertThat(windows.isAppPage("https://tauri.localhost/")).isFalse();
        assertThatThrownBy(() -> new Origins("localhost", null)).hasMessageContaining("not an origin: localhost");
    }

    @Test
    void theDevServerIsTrustedInDevModeWithItsExactPort() {
        Origins origins = new Origins("tauri://localhost", "http://localhost:5173/");
        assertThat(origins.isAppPage("http://localhost:5173/src/main.ts")).isTrue();
        assertThat(origins.isAppPage("http://localhost:5174/")).isFalse();
        assertThat(origins.isAppOrigin("http://localhost:5173")).isTrue();
    }
}
