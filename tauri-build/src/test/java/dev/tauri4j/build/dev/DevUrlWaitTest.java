package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DevUrlWaitTest {

    @Test
    void returnsOnceTheServerAnswers() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        try {
            long start = System.nanoTime();
            new DevUrlWait(Duration.ofSeconds(5)).await(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "npm run dev");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void timesOutWithAMessageThatSaysWhatToCheck() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI url = URI.create("http://localhost:" + port);
        long start = System.nanoTime();
        assertThatThrownBy(() -> new DevUrlWait(Duration.ofMillis(600)).await(url, "npm run dev"))
                .isInstanceOf(DevException.class)
                .hasMessage("nothing answered at http://localhost:" + port + " after 600 ms: is `npm run dev` serving on that port?"
                        + " check vite.config's server.port and build.devUrl (or raise tauri.devUrlTimeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
    }

    @Test
    void aTimeoutThatIsNotPositiveIsTheUsersToFix() {
        assertThatThrownBy(() -> new DevUrlWait(Duration.ZERO))
                .isInstanceOf(DevException.class)
                .hasMessageContaining("found 0 s")
                .hasMessageContaining("Fix: give a number of seconds above 0");
    }

    @Test
    void stopsEarlyWhenTheDevServerHasExited() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertThatThrownBy(() -> new DevUrlWait(Duration.ofSeconds(30)).await(URI.create("http://127.0.0.1:" + port), "npm run dev", () -> false))
                .isInstanceOf(DevException.class)
                .hasMessageContaining("`npm run dev` exited before anything answered");
    }
}
