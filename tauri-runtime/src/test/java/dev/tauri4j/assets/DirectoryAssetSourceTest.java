package dev.tauri4j.assets;

import dev.tauri4j.internal.assets.AssetResolver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryAssetSourceTest {

    @TempDir
    Path tmp;
    Path site;
    DirectoryAssetSource source;

    @BeforeEach
    void layOutSite() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "index");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/app.js"), "app");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createDirectories(tmp.resolve("site-evil"));
        Files.writeString(tmp.resolve("site-evil/x.js"), "evil");
        source = new DirectoryAssetSource(site);
    }

    @Test
    void readsRegularFilesUnderTheRoot() {
        assertThat(source.read(new AssetKey("index.html"))).map(DirectoryAssetSourceTest::text).contains("index");
        assertThat(source.read(new AssetKey("assets/app.js"))).map(DirectoryAssetSourceTest::text).contains("app");
        assertThat(source.exists(new AssetKey("assets/app.js"))).isTrue();
        assertThat(source.exists(new AssetKey("assets/nope.js"))).isFalse();
    }

    @Test
    void directoriesAreNotFiles() {
        assertThat(source.read(new AssetKey("assets"))).isEmpty();
        assertThat(source.read(new AssetKey("assets/"))).isEmpty();
        assertThat(source.exists(new AssetKey("assets"))).isFalse();
    }

    @Test
    void pathThroughAFileIsNotFound() {
        assertThat(source.read(new AssetKey("index.html/x"))).isEmpty();
    }

    @Test
    void symlinkPointingOutsideIsNotServed() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), tmp);
        Files.createSymbolicLink(site.resolve("relative.txt"), Path.of("../secret.txt"));
        assertThat(source.read(new AssetKey("leak.txt"))).isEmpty();
        assertThat(source.read(new AssetKey("up/secret.txt"))).isEmpty();
        assertThat(source.read(new AssetKey("relative.txt"))).isEmpty();
        assertThat(source.exists(new AssetKey("leak.txt"))).isFalse();
        assertThat(new AssetResolver(source).resolve("/leak.txt")).isEmpty();
    }

    @Test
    void symlinkToASiblingWithTheRootAsPrefixIsNotServed() throws IOException {
        // "/tmp/site-evil" starts with the string "/tmp/site" but is not under it.
        Files.createSymbolicLink(site.resolve("evil.js"), tmp.resolve("site-evil/x.js"));
        assertThat(source.read(new AssetKey("evil.js"))).isEmpty();
    }

    @Test
    void symlinkWithinTheRootIsServed() throws IOException {
        Files.createSymbolicLink(site.resolve("alias.js"), site.resolve("assets/app.js"));
        assertThat(source.read(new AssetKey("alias.js"))).map(DirectoryAssetSourceTest::text).contains("app");
    }

    @Test
    void symlinkLoopIsNotFound() throws IOException {
        Files.createSymbolicLink(site.resolve("loop"), site.resolve("loop"));
        assertThat(source.read(new AssetKey("loop"))).isEmpty();
    }

    @Test
    void symlinkedRootIsResolvedOnce() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), site);
        DirectoryAssetSource viaLink = new DirectoryAssetSource(link);
        assertThat(viaLink.root()).isEqualTo(site.toRealPath());
        assertThat(viaLink.read(new AssetKey("index.html"))).map(DirectoryAssetSourceTest::text).contains("index");
    }

    @Test
    void doubleEncodedTraversalIsALiteralName() throws IOException {
        Files.createDirectories(site.resolve("%2e%2e"));
        Files.writeString(site.resolve("%2e%2e/secret.txt"), "literal");
        AssetResolver resolver = new AssetResolver(source);
        assertThat(resolver.resolve("/%252e%252e/secret.txt")).map(a -> text(a.bytes())).contains("literal");
        assertThat(resolver.resolve("/%2e%2e/secret.txt")).isEmpty();
    }

    @Test
    void rootMustBeAnExistingDirectory() {
        assertThatThrownBy(() -> new DirectoryAssetSource(tmp.resolve("missing")))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> new DirectoryAssetSource(tmp.resolve("secret.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
