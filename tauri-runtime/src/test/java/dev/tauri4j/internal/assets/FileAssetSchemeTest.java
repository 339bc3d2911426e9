package dev.tauri4j.internal.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.config.AssetProtocolConfig;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.scope.BaseDirectory;
import dev.tauri4j.config.scope.ScopeEntries;
import dev.tauri4j.config.scope.ScopeEntry;
import dev.tauri4j.config.scope.ScopeValue;
import dev.tauri4j.plugin.GrantedPaths;
import dev.tauri4j.internal.platform.SchemeResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code asset://localhost/...} answers: files in scope, 403 outside it or when disabled, 404, Range parts. */
class FileAssetSchemeTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path root;
    Path appData;
    Path outside;

    @BeforeEach
    void files() throws Exception {
        appData = Files.createDirectories(root.resolve("data/com.example.app"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.write(appData.resolve("photo"), PNG);
        Files.writeString(appData.resolve("notes.txt"), "0123456789");
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    private static String url(Path file) {
        return "asset://localhost/" + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private final GrantedPaths granted = new GrantedPaths(GrantedPaths.ASSET_PROTOCOL);

    private FileAssetScheme scheme(boolean enable, List<String> allow, List<String> deny) {
        var entries = new ScopeEntries(entries(allow), entries(deny));
        return FileAssetScheme.of(new AssetProtocolConfig(enable, entries, null),
                dir -> dir == BaseDirectory.APP_DATA ? Optional.of(appData) : Optional.empty(), "tauri://localhost", granted);
    }

    /** A dialog pick (a runtime grant) opens a file outside the scope, not its siblings, and never past a deny entry. */
    @Test
    void aGrantedFileIsServedOutsideTheScopeButNotPastADeny() throws Exception {
        Files.writeString(outside.resolve("picked.txt"), "picked");
        FileAssetScheme scheme = scheme(true, List.of("$APPDATA/**"), List.of("**/secret.txt"));
        assertThat(scheme.answer("GET", url(outside.resolve("picked.txt")), null).status()).isEqualTo(403);

        granted.allowFile(outside.resolve("picked.txt"));
        granted.allowFile(outside.resolve("secret.txt"));

        SchemeResponse picked = scheme.answer("GET", url(outside.resolve("picked.txt")), null);
        assertThat(picked.status()).isEqualTo(200);
        assertThat(new String(picked.body(), StandardCharsets.UTF_8)).isEqualTo("picked");
        assertThat(scheme.answer("GET", url(outside.resolve("secret.txt")), null).status()).as("deny wins").isEqualTo(403);
        Files.writeString(outside.resolve("sibling.txt"), "no");
        assertThat(scheme.answer("GET", url(outside.resolve("sibling.txt")), null).status()).isEqualTo(403);
    }

    private static List<ScopeEntry> entries(List<String> globs) {
        return globs.stream().map(g -> new ScopeEntry(new ScopeValue.Str(g), "tauri.conf.json", "app.security.assetProtocol.scope[0]")).toList();
    }

    @Test
    void aFileInScopeIsServedWithItsTypeFromItsBytes() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("photo")), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("image/png");
        assertThat(r.body()).isEqualTo(PNG);
        assertThat(r.headers()).containsEntry("Content-Length", "12").containsEntry("Access-Control-Allow-Origin", "tauri://localhost");
    }

    @Test
    void outsideTheScopeIs403AndTheBodyIsEmpty() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(outside.resolve("secret.txt")), null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void dotDotAndSymlinksCannotLeaveTheScope() throws Exception {
        FileAssetScheme s = scheme(true, List.of("$APPDATA/**"), List.of());
        Files.createSymbolicLink(appData.resolve("link.txt"), outside.resolve("secret.txt"));

        assertThat(s.answer("GET", url(appData.resolve("../../outside/secret.txt")), null).status()).isEqualTo(403);
        assertThat(s.answer("GET", url(appData.resolve("link.txt")), null).status()).isEqualTo(403);
    }

    @Test
    void denyWinsOverAllow() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of("$APPDATA/*.txt")).answer("GET", url(appData.resolve("notes.txt")), null);
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void disabledRefusesEvenWhatTheScopeAllows() throws Exception {
        assertThat(scheme(false, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("photo")), null).status()).isEqualTo(403);
    }

    @Test
    void aMissingFileInScopeIs404() throws Exception {
        assertThat(scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("gone.png")), null).status()).isEqualTo(404);
    }

    @Test
    void aPathThatIsNotAbsoluteIs403() throws Exception {
        FileAssetScheme s = scheme(true, List.of("**"), List.of());
        assertThat(s.answer("GET", "asset://localhost/relative%2Ffile.txt", null).status()).isEqualTo(403);
        assertThat(s.answer("GET", "asset://localhost/", null).status()).isEqualTo(403);
    }

    @Test
    void starStarAloneAllowsEveryAbsolutePathAsInTauri() throws Exception {
        SchemeResponse r = scheme(true, List.of("**"), List.of()).answer("GET", url(outside.resolve("secret.txt")), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void aRangeIsAnswered206WithContentRange() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("notes.txt")), "bytes=2-5");

        assertThat(r.status()).isEqualTo(206);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("2345");
        assertThat(r.headers()).containsEntry("Content-Range", "bytes 2-5/10").containsEntry("Content-Length", "4")
                .containsEntry("Accept-Ranges", "bytes");
    }

    @Test
    void severalRangesComeAsMultipartByteranges() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("notes.txt")), "bytes=0-1,8-");

        assertThat(r.status()).isEqualTo(206);
        assertThat(r.contentType()).startsWith("multipart/byteranges; boundary=");
        String body = new String(r.body(), StandardCharsets.US_ASCII);
        assertThat(body).contains("Content-Range: bytes 0-1/10\r\n\r\n01").contains("Content-Range: bytes 8-9/10\r\n\r\n89");
    }

    @Test
    void anUnsatisfiableRangeIs416WithTheSize() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("GET", url(appData.resolve("notes.txt")), "bytes=50-");
        assertThat(r.status()).isEqualTo(416);
        assertThat(r.headers()).containsEntry("Content-Range", "bytes */10");
    }

    @Test
    void headHasTheLengthButNoBody() throws Exception {
        SchemeResponse r = scheme(true, List.of("$APPDATA/**"), List.of()).answer("HEAD", url(appData.resolve("notes.txt")), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers()).containsEntry("Content-Length", "10");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void aRelativeScopeEntryFailsNamingTheConfigField() {
        assertThatThrownBy(() -> scheme(true, List.of("photos/**"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("app.security.assetProtocol.scope[0]").hasMessageContaining("$APPDATA/photos/**");
    }

    @Test
    void theTypeFallsBackToTheExtension() {
        assertThat(FileMediaType.of(Path.of("/x/clip.webm"), new byte[0])).isEqualTo("video/webm");
        assertThat(FileMediaType.of(Path.of("/x/noext"), "plain".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/octet-stream");
        byte[] mp4 = Arrays.copyOf(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 12);
        assertThat(FileMediaType.of(Path.of("/x/video.bin"), mp4)).isEqualTo("video/mp4");
    }
}
