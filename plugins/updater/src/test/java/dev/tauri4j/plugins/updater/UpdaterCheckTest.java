package dev.tauri4j.plugins.updater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code check} against a loopback server: both manifest shapes, Tauri's target keys, versions and fall-through. */
class UpdaterCheckTest {

    private static final MinisignKeyPair KEYS = MinisignKeyPair.generate();
    private static final UpdaterTarget LINUX = new UpdaterTarget("linux", "x86_64", null);

    private final UpdateServer server = new UpdateServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private UpdaterConfig config(String... endpoints) {
        return UpdaterConfig.of(Map.of("pubkey", Signing.pubkey(KEYS), "endpoints", List.of(endpoints),
                "dangerousInsecureTransportProtocol", true));
    }

    private Optional<Update> check(UpdaterTarget target, String current, CheckOptions options, String... endpoints)
            throws InterruptedException {
        return Updater.of(config(endpoints), target, current).check(options);
    }

    private static String dynamic(String version) {
        return """
                {"version": "%s", "url": "https://example.com/app.tar.gz", "signature": "c2ln",
                 "notes": "fixes", "pub_date": "2026-11-30T10:00:00Z", "extra": 7}""".formatted(version);
    }

    @Test
    void aDynamicServerOffersANewerVersionWithTheVariablesReplaced() throws Exception {
        server.serve("/u/", 200, dynamic("1.0.1"));
        Update update = check(LINUX, "1.0.0", CheckOptions.DEFAULT,
                server.base() + "/u/{{target}}/{{arch}}/{{current_version}}?v={{current_version}}").orElseThrow();

        assertThat(update.version()).isEqualTo("1.0.1");
        assertThat(update.currentVersion()).isEqualTo("1.0.0");
        assertThat(update.body()).contains("fixes");
        assertThat(update.date()).contains("2026-11-30T10:00Z");
        assertThat(update.rawJson()).containsEntry("extra", 7).containsEntry("version", "1.0.1");
        assertThat(server.requests).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/u/linux/x86_64/1.0.0");
            assertThat(r.query()).isEqualTo("v=1.0.0");
            assertThat(r.accept()).isEqualTo("application/json");
            assertThat(r.userAgent()).startsWith("tauri-plugin-updater/");
        });
    }

    @Test
    void aBuildNumberInTheVersionIsPercentEncodedAndHeadersAreSent() throws Exception {
        server.serve("/u/", 204, (String) null);
        CheckOptions options = new CheckOptions(new RequestOptions(List.of(List.of("X-Custom", "yes")), null, null), null, false);
        assertThat(check(LINUX, "1.0.0+7", options, server.base() + "/u/{{current_version}}")).isEmpty();
        assertThat(server.requests.getFirst().path()).isEqualTo("/u/1.0.0%2B7");
        assertThat(server.requests.getFirst().custom()).isEqualTo("yes");
    }

    @Test
    void status204MeansNoUpdateAndStopsAtThatEndpoint() throws Exception {
        server.serve("/none", 204, (String) null).serve("/later", 200, dynamic("9.0.0"));
        assertThat(check(LINUX, "1.0.0", CheckOptions.DEFAULT, server.base() + "/none", server.base() + "/later")).isEmpty();
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void anOlderOrEqualVersionIsNoUpdateUnlessDowngradesAreAllowed() throws Exception {
        server.serve("/old", 200, dynamic("0.9.0")).serve("/same", 200, dynamic("v1.0.0"))
                .serve("/pre", 200, dynamic("1.0.0-rc.1"));
        String old = server.base() + "/old", same = server.base() + "/same", pre = server.base() + "/pre";
        assertThat(check(LINUX, "1.0.0", CheckOptions.DEFAULT, old)).isEmpty();
        assertThat(check(LINUX, "1.0.0", CheckOptions.DEFAULT, same)).isEmpty();
        assertThat(check(LINUX, "1.0.0", CheckOptions.DEFAULT, pre)).isEmpty();
        assertThat(check(LINUX, "1.0.0-rc.1", CheckOptions.DEFAULT, same)).map(Update::version).contains("1.0.0");

        CheckOptions downgrades = new CheckOptions(RequestOptions.DEFAULT, null, true);
        assertThat(check(LINUX, "1.0.0", downgrades, old)).map(Update::version).contains("0.9.0");
        assertThat(check(LINUX, "1.0.0", downgrades, same)).isEmpty();
    }

    private static final String STATIC = """
            {"version": "2.0.0", "notes": "static", "pub_date": "2026-12-01T00:00:00+01:00",
             "platforms": {
               "linux-x86_64":     {"url": "https://example.com/plain.tar.gz", "signature": "cA=="},
               "linux-x86_64-deb": {"url": "https://example.com/app.deb", "signature": "ZA=="},
               "darwin-aarch64":   {"url": "https://example.com/app.app.tar.gz", "signature": "bQ=="},
               "my-flavour":       {"url": "https://example.com/flavour.tar.gz", "signature": "Zg=="}}}""";

    @Test
    void aStaticManifestIsSearchedForTheInstallerKeyThenThePlainOne() throws Exception {
        server.serve("/latest.json", 200, STATIC);
        String url = server.base() + "/latest.json";
        assertThat(check(new UpdaterTarget("linux", "x86_64", "deb"), "1.0.0", CheckOptions.DEFAULT, url).orElseThrow()
                .downloadUrl()).hasToString("https://example.com/app.deb");
        assertThat(check(new UpdaterTarget("linux", "x86_64", "rpm"), "1.0.0", CheckOptions.DEFAULT, url).orElseThrow()
                .downloadUrl()).hasToString("https://example.com/plain.tar.gz");
        assertThat(check(LINUX, "1.0.0", CheckOptions.DEFAULT, url).orElseThrow().date()).contains("2026-12-01T00:00+01:00");
    }

    @Test
    void aCustomTargetIsTheOnlyKeyLookedUpAndReplacesTheTargetVariable() throws Exception {
        server.serve("/", 200, STATIC);
        CheckOptions flavour = new CheckOptions(RequestOptions.DEFAULT, "my-flavour", false);
        assertThat(check(LINUX, "1.0.0", flavour, server.base() + "/{{target}}/latest.json").orElseThrow().downloadUrl())
                .hasToString("https://example.com/flavour.tar.gz");
        assertThat(server.requests.getFirst().path()).isEqualTo("/my-flavour/latest.json");

        CheckOptions missing = new CheckOptions(RequestOptions.DEFAULT, "linux-riscv64", false);
        assertThatThrownBy(() -> check(LINUX, "1.0.0", missing, server.base() + "/latest.json"))
                .isInstanceOf(UpdaterException.class)
                .hasMessage("the platform `linux-riscv64` was not found on the response `platforms` object");
    }

    @Test
    void aManifestWithoutThisPlatformNamesTheKeysTried() {
        server.serve("/latest.json", 200, STATIC);
        assertThatThrownBy(() -> check(new UpdaterTarget("linux", "aarch64", "deb"), "1.0.0", CheckOptions.DEFAULT,
                server.base() + "/latest.json"))
                .hasMessageContaining("[linux-aarch64-deb, linux-aarch64]").hasMessageContaining("linux-x86_64-deb");
    }

    @Test
    void failingEndpointsFallThroughToTheNextInOrder() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        server.serve("/error", 500, "boom").serve("/garbage", 200, "<html>").serve("/good", 200, dynamic("1.1.0"));
        Update update = check(LINUX, "1.0.0", CheckOptions.DEFAULT, "http://127.0.0.1:" + closed + "/down",
                server.base() + "/error", server.base() + "/garbage", server.base() + "/good").orElseThrow();
        assertThat(update.endpoint()).hasToString(server.base() + "/good");
        assertThat(server.requests).extracting(UpdateServer.Seen::path).containsExactly("/error", "/garbage", "/good");
    }

    @Test
    void whenEveryEndpointFailsTheErrorNamesEachOne() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        server.serve("/missing", 404, "no").serve("/noversion", 200, "{\"url\": \"https://x/y\"}");
        assertThatThrownBy(() -> check(LINUX, "1.0.0", CheckOptions.DEFAULT, "http://127.0.0.1:" + closed + "/latest.json",
                server.base() + "/missing", server.base() + "/noversion"))
                .isInstanceOf(UpdaterException.class)
                .hasMessageStartingWith("Could not fetch a valid release JSON from the remote: ")
                .hasMessageContaining("http://127.0.0.1:" + closed + "/latest.json: could not connect (is the update server running")
                .hasMessageContaining("/missing: the server answered 404")
                .hasMessageContaining("the `version` field was not set on the updater response");
    }

    @Test
    void aDynamicAnswerWithoutSignatureIsRefused() {
        server.serve("/u", 200, "{\"version\": \"2.0.0\", \"url\": \"https://example.com/a\"}");
        assertThatThrownBy(() -> check(LINUX, "1.0.0", CheckOptions.DEFAULT, server.base() + "/u"))
                .hasMessageContaining("the `signature` field was not set on the updater response");
    }

    @Test
    void theAppVersionMustBeSemver() {
        assertThatThrownBy(() -> check(LINUX, "one", CheckOptions.DEFAULT, server.base() + "/u"))
                .hasMessageContaining("the app's version").hasMessageContaining("Fix: set \"version\"");
    }
}
