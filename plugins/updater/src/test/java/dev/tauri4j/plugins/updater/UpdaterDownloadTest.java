package dev.tauri4j.plugins.updater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code download}: progress events and the signature check, with signatures from the real {@code minisign} and from
 * the project's signer; tampered bytes, another key's signature and a broken-off download are refused.
 */
class UpdaterDownloadTest {

    private static final MinisignKeyPair KEYS = MinisignKeyPair.generate();
    private static final byte[] ARTIFACT = new byte[200_000];
    private static final UpdaterTarget LINUX = new UpdaterTarget("linux", "x86_64", null);

    @TempDir
    static Path dir;
    private static Signing.Minisign minisign;

    private final UpdateServer server = new UpdateServer();

    @BeforeAll
    static void keys() throws IOException {
        new Random(17).nextBytes(ARTIFACT);
        minisign = Signing.Minisign.generate(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Offers 1.0.1 at /artifact with {@code signature}; the check is against {@code pubkey}. */
    private Update offer(String pubkey, String signature, String artifactUrl) throws InterruptedException {
        return offer(server, pubkey, signature, artifactUrl);
    }

    private static Update offer(UpdateServer server, String pubkey, String signature, String artifactUrl) throws InterruptedException {
        server.serve("/latest.json", 200, """
                {"version": "1.0.1", "platforms": {"linux-x86_64": {"url": "%s", "signature": "%s"}}}"""
                .formatted(artifactUrl, signature));
        UpdaterConfig config = UpdaterConfig.of(Map.of("pubkey", pubkey, "endpoints", List.of(server.base() + "/latest.json"),
                "dangerousInsecureTransportProtocol", true));
        return Updater.of(config, LINUX, "1.0.0").check().orElseThrow();
    }

    @Test
    void aDownloadSignedByTheRealMinisignVerifiesAndReportsProgress() throws Exception {
        server.serve("/artifact", 200, ARTIFACT);
        Update update = offer(minisign.pubkey(), minisign.sign(ARTIFACT), server.base() + "/artifact");
        List<DownloadEvent> events = new ArrayList<>();

        byte[] bytes = update.download(events::add);

        assertThat(bytes).isEqualTo(ARTIFACT);
        assertThat(events.getFirst()).isEqualTo(new DownloadEvent.Started((long) ARTIFACT.length));
        assertThat(events.getLast()).isEqualTo(new DownloadEvent.Finished());
        List<DownloadEvent> chunks = events.subList(1, events.size() - 1);
        assertThat(chunks).isNotEmpty().allMatch(e -> e instanceof DownloadEvent.Progress);
        assertThat(chunks.stream().mapToLong(e -> ((DownloadEvent.Progress) e).chunkLength()).sum()).isEqualTo(ARTIFACT.length);
        assertThat(server.requests.getLast().accept()).isEqualTo("application/octet-stream");
        assertThat(events.getFirst().toJson()).isEqualTo(Map.of("event", "Started", "data", Map.of("contentLength", (long) ARTIFACT.length)));
    }

    @Test
    void aDownloadSignedByOurSignerVerifiesAndIsWrittenToAFile() throws Exception {
        server.serve("/artifact", 200, ARTIFACT);
        Update update = offer(Signing.pubkey(KEYS), Signing.signature(KEYS, ARTIFACT), server.base() + "/artifact");
        Path file = update.downloadTo(dir.resolve("out/app.tar.gz"), null);
        assertThat(Files.readAllBytes(file)).isEqualTo(ARTIFACT);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void tamperedBytesAreRefusedAfterTheDownloadAndNothingIsKept() throws Exception {
        byte[] tampered = ARTIFACT.clone();
        tampered[1234] ^= 1;
        server.serve("/artifact", 200, tampered);
        Update update = offer(minisign.pubkey(), minisign.sign(ARTIFACT), server.base() + "/artifact");
        Path target = dir.resolve("tampered/app.tar.gz");
        assertThatThrownBy(() -> update.downloadTo(target, null))
                .isInstanceOf(UpdaterException.class)
                .hasMessageContaining("was refused and not kept")
                .hasMessageContaining("signature verification failed");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aSignedVersionInTheTrustedCommentMustMatchTheAnnouncedOne() throws Exception {
        server.serve("/artifact", 200, ARTIFACT);
        Update old = offer(Signing.pubkey(KEYS), Signing.signature(KEYS, ARTIFACT, "timestamp:1\tfile:app.tar.gz\tversion:0.9.0"),
                server.base() + "/artifact");
        assertThatThrownBy(() -> old.download(null))
                .hasMessageContaining("was signed as version 0.9.0 but the update server announced 1.0.1");
        server.close();
        UpdateServer again = new UpdateServer();
        try (again) {
            again.serve("/artifact", 200, ARTIFACT);
            Update matching = offer(again, Signing.pubkey(KEYS),
                    Signing.signature(KEYS, ARTIFACT, "timestamp:1\tfile:app.tar.gz\tversion:v1.0.1"), again.base() + "/artifact");
            assertThat(matching.download(null)).isEqualTo(ARTIFACT);
        }
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        server.serve("/artifact", 200, ARTIFACT);
        Update update = offer(Signing.pubkey(KEYS), minisign.sign(ARTIFACT), server.base() + "/artifact");
        assertThatThrownBy(() -> update.download(null))
                .isInstanceOf(UpdaterException.class)
                .hasMessageContaining("was refused and not kept")
                .hasMessageContaining("but the public key given is " + KEYS.publicKey().keyIdHex());
    }

    @Test
    void aSignatureThatIsNotASigFileIsRefusedWithTauriHint() throws Exception {
        server.serve("/artifact", 200, ARTIFACT);
        Update update = offer(Signing.pubkey(KEYS), "bm90IGEgc2lnbmF0dXJl", server.base() + "/artifact");
        assertThatThrownBy(() -> update.download(null))
                .hasMessageContaining("could not be decoded").hasMessageContaining("contents of the `.sig` file");
    }

    @Test
    void aServerClosingMidDownloadFailsWithoutHandingOutBytes() throws Exception {
        try (ServerSocket half = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = half.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + ARTIFACT.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(ARTIFACT, 0, 5000);
                    out.flush();
                } catch (IOException ignored) {
                    // the client going away is what the test provokes
                }
            });
            Update update = offer(Signing.pubkey(KEYS), Signing.signature(KEYS, ARTIFACT),
                    "http://127.0.0.1:" + half.getLocalPort() + "/artifact");
            List<DownloadEvent> events = new ArrayList<>();
            assertThatThrownBy(() -> update.download(events::add))
                    .isInstanceOf(UpdaterException.class)
                    .hasMessageContaining("broke off after").hasMessageContaining("of " + ARTIFACT.length + " bytes")
                    .hasMessageContaining("nothing was kept");
            assertThat(events).doesNotContain(new DownloadEvent.Finished());
        }
    }

    @Test
    void anErrorStatusFailsTheDownload() throws Exception {
        server.serve("/artifact", 404, "gone");
        Update update = offer(Signing.pubkey(KEYS), Signing.signature(KEYS, ARTIFACT), server.base() + "/artifact");
        assertThatThrownBy(() -> update.download(null)).hasMessageStartingWith("Download request failed with status: 404");
    }

    @Test
    void aDownloadServerThatIsDownGivesAClearError() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Update update = offer(Signing.pubkey(KEYS), Signing.signature(KEYS, ARTIFACT), "http://127.0.0.1:" + closed + "/a");
        assertThatThrownBy(() -> update.download(null))
                .hasMessage("the download of http://127.0.0.1:" + closed + "/a failed: could not connect (is the update"
                        + " server running and reachable?)");
    }
}
