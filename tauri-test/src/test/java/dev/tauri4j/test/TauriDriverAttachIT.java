package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * {@link TauriDriver#attach(int)} on an app the test starts itself, as {@code tauri:dev -Dtauri.dev.automation}
 * does: WebKitGTK's MiniBrowser with {@code --automation} and {@code WEBKIT_INSPECTOR_SERVER}, restarted once.
 */
class TauriDriverAttachIT {

    @Test
    void attachesToARunningAppReconnectsAfterItRestartsAndLeavesItRunning(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (VirtualDisplay display = VirtualDisplay.open()) {
            Process first = startApp(display, port, dir.resolve("first.log"));
            Process second = null;
            try {
                TauriDriver app = TauriDriver.attach(port);
                try {
                    showPage(app, "first run");
                    assertThat(app.driver().findElement(By.id("out")).getText()).isEqualTo("first run");

                    // the second app can listen on the port only once everything of the first is gone
                    assertThat(ProcessTree.stop(ProcessTree.of(first.toHandle()), Duration.ZERO)).as("the first app's processes").isEmpty();
                    second = startApp(display, port, dir.resolve("second.log"));
                    reconnect(app, dir.resolve("second.log"));
                    showPage(app, "second run");
                    assertThat(app.driver().findElement(By.id("out")).getText()).isEqualTo("second run");
                } finally {
                    app.close();
                }
                assertThat(second.isAlive()).as("close() leaves an attached app running").isTrue();
                assertThat(app.appLog()).isEmpty();
            } finally {
                ProcessTree.stop(ProcessTree.of(first.toHandle()), Duration.ZERO);
                if (second != null) ProcessTree.stop(ProcessTree.of(second.toHandle()), Duration.ZERO);
            }
        }
    }

    @Test
    void withNothingListeningAttachSaysHowToStartTheApp() throws IOException {
        int port = freePort();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> TauriDriver.attach(port, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("mvn tauri:dev -Dtauri.dev.automation=" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void attachRefusesAPortThatIsNotOne() {
        assertThatThrownBy(() -> TauriDriver.attach(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reconnects; a failure carries what the restarted app printed (WebKit says there when it cannot listen). */
    private static void reconnect(TauriDriver app, Path appLog) throws IOException {
        try {
            app.reconnect();
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage() + "\nThe restarted app's output:\n" + Files.readString(appLog), e);
        }
    }

    private static void showPage(TauriDriver app, String text) {
        String page = "<!doctype html><meta charset=utf-8><title>attached</title><p id=out>" + text + "</p>";
        app.driver().get("data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static Process startApp(VirtualDisplay display, int port, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(TauriDriverIT.MINIBROWSER.toString(), "--automation")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        WebDriverServer.environmentFor(display, pb.environment());
        pb.environment().put("WEBKIT_INSPECTOR_SERVER", "127.0.0.1:" + port);
        Process process = pb.start();
        assertThat(process.waitFor(200, TimeUnit.MILLISECONDS)).as("MiniBrowser runs").isFalse();
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
