package dev.tauri4j.plugins.singleinstance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes meeting at one socket: the second hands over and exits, a killed first leaves a stale socket that the next takes. */
class InstanceSocketTest {

    @TempDir Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    private Process launch(Path cwd, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstanceMain.class.getName(), dir.resolve("app.sock").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        started.add(p);
        return p;
    }

    private static String line(Process p) throws IOException {
        return new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
    }

    @Test
    void aSecondLaunchHandsItsArgumentsAndFolderToTheFirstAndExits() throws Exception {
        Process first = launch(dir);
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream()));
        assertThat(out.readLine()).isEqualTo("first");

        Path elsewhere = Files.createDirectory(dir.resolve("some folder"));
        Process second = launch(elsewhere, "open", "two words", "grüße");
        assertThat(second.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(line(second)).isEqualTo("handed over");
        assertThat(out.readLine()).isEqualTo("launch [open, two words, grüße] in " + elsewhere.toRealPath());
        assertThat(first.isAlive()).isTrue();
    }

    @Test
    void aKilledFirstLeavesAStaleSocketThatTheNextLaunchTakesOver() throws Exception {
        Process first = launch(dir);
        assertThat(line(first)).isEqualTo("first");
        first.destroyForcibly().waitFor();
        assertThat(dir.resolve("app.sock")).exists(); // killed: nothing removed it

        Process next = launch(dir, "x");
        assertThat(line(next)).isEqualTo("first");
        assertThat(next.isAlive()).isTrue();
    }

    @Test
    void closingRemovesTheSocketSoTheNextLaunchIsFirst() throws Exception {
        Path path = dir.resolve("own.sock");
        List<Launch> seen = new ArrayList<>();
        InstanceSocket socket = InstanceSocket.claim(path, new Launch(List.of(), dir), seen::add).orElseThrow();
        assertThat(InstanceSocket.claim(path, new Launch(List.of("again"), dir), seen::add)).isEmpty();
        socket.close();
        assertThat(path).doesNotExist();
        try (InstanceSocket again = InstanceSocket.claim(path, new Launch(List.of(), dir), seen::add).orElseThrow()) {
            assertThat(again.path()).isEqualTo(path);
        }
    }

    @Test
    void aSocketThatIsNotTheAppsIsNotTakenForIt() throws Exception {
        Path path = dir.resolve("stranger.sock");
        try (ServerSocketChannel stranger = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            stranger.bind(UnixDomainSocketAddress.of(path));
            Thread.ofVirtual().start(() -> {
                try (var c = stranger.accept()) {
                    c.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0, 0, 1}));
                } catch (IOException ignored) {
                    // the test's assertion is on the launching side
                }
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstanceSocket.claim(path, new Launch(List.of(), dir), l -> {}))
                    .hasMessageContaining("is not this app");
        }
    }
}
