package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {

    @TempDir
    Path dir;

    @Test
    void stopEndsTheShellAndEveryProcessItStarted() throws Exception {
        RecordingLog log = new RecordingLog();
        DevServer server = DevServer.start("echo serving; sleep 300 & sleep 300 & wait", dir, Map.of(), log);
        List<ProcessHandle> tree = awaitDescendants(server.handle(), 2);
        assertThat(tree).hasSizeGreaterThanOrEqualTo(2);

        server.stop();

        assertThat(server.handle().isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        awaitLine(log, "INFO [dev server] serving");
    }

    @Test
    void theCommandIsBeforeDevCommandOrThePackageManagersDevScript() throws Exception {
        assertThat(DevServer.commandFor("vite --port 1420", "http://localhost:1420", dir)).contains("vite --port 1420");
        assertThat(DevServer.commandFor(null, "http://localhost:1420", dir)).isEmpty(); // no package.json
        Files.writeString(dir.resolve("package.json"), "{\"scripts\": {\"dev\": \"vite\"}}");
        assertThat(DevServer.commandFor(null, "http://localhost:1420", dir)).contains("npm run dev");
        Files.writeString(dir.resolve("pnpm-lock.yaml"), "");
        assertThat(DevServer.commandFor(null, "http://localhost:1420", dir)).contains("pnpm run dev");
        // nothing to serve without an http(s) devUrl
        assertThat(DevServer.commandFor("vite", null, dir)).isEmpty();
        assertThat(DevServer.commandFor("vite", "../dist", dir)).isEmpty();
    }

    private static List<ProcessHandle> awaitDescendants(ProcessHandle root, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> found = root.descendants().toList();
            if (found.size() >= count) return found;
            Thread.sleep(20);
        }
        return root.descendants().toList();
    }

    private static void awaitLine(RecordingLog log, String line) throws InterruptedException {
        for (int i = 0; i < 100 && !log.lines.contains(line); i++) Thread.sleep(20);
        assertThat(log.lines).contains(line);
    }
}
