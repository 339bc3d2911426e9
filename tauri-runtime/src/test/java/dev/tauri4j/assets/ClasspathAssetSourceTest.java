package dev.tauri4j.assets;

import dev.tauri4j.internal.assets.AssetResolver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClasspathAssetSourceTest {

    private static final String ROOT = "tauri4j/assets-test";

    private final ClasspathAssetSource source =
            new ClasspathAssetSource(ClasspathAssetSourceTest.class.getClassLoader(), ROOT);

    @Test
    void defaultRootIsTauri4jAssets() {
        assertThat(AssetSource.DEFAULT_ROOT).isEqualTo("tauri4j/assets");
        assertThat(new ClasspathAssetSource(getClass().getClassLoader()).root()).isEqualTo("tauri4j/assets");
    }

    @Test
    void readsFilesUnderTheRoot() {
        assertThat(source.read(new AssetKey("index.html"))).map(ClasspathAssetSourceTest::text)
                .contains("<!doctype html><title>index</title>\n");
        assertThat(source.read(new AssetKey("assets/app x.js"))).map(ClasspathAssetSourceTest::text)
                .contains("console.log(\"app x\");\n");
        assertThat(source.exists(new AssetKey("assets/app.js"))).isTrue();
    }

    @Test
    void missingFileIsEmpty() {
        assertThat(source.read(new AssetKey("nope.js"))).isEmpty();
        assertThat(source.exists(new AssetKey("nope.js"))).isFalse();
    }

    @Test
    void directoriesAreNotFiles() {
        // An exploded class-path folder answers a directory name with a file: URL whose stream lists entries.
        assertThat(getClass().getClassLoader().getResource(ROOT + "/docs")).isNotNull();
        assertThat(source.read(new AssetKey("docs"))).isEmpty();
        assertThat(source.exists(new AssetKey("docs"))).isFalse();
        assertThat(source.read(new AssetKey("docs/"))).isEmpty();
    }

    @Test
    void servesWithTheResolverFallbacks() {
        AssetResolver resolver = new AssetResolver(source);
        assertThat(resolver.resolve("/docs")).map(a -> a.key().value()).contains("docs/index.html");
        assertThat(resolver.resolve("/about")).map(a -> a.key().value()).contains("about.html");
        assertThat(resolver.resolve("/settings/profile")).map(a -> a.key().value()).contains("index.html");
        assertThat(resolver.resolve("/assets/missing.js")).isEmpty();
    }

    @Test
    void nothingAboveTheRootIsReachable() {
        ClasspathAssetSource docsOnly = new ClasspathAssetSource(getClass().getClassLoader(), ROOT + "/docs");
        assertThat(docsOnly.read(new AssetKey("index.html"))).map(ClasspathAssetSourceTest::text)
                .contains("<!doctype html><title>docs</title>\n");
        assertThat(docsOnly.read(new AssetKey("about.html"))).isEmpty();
        assertThat(new AssetResolver(docsOnly).resolve("/../about.html")).isEmpty();
        assertThat(new AssetResolver(docsOnly).resolve("/%2e%2e/about.html")).isEmpty();
        // The test classes are on the same class path, but not under the root.
        assertThat(source.read(new AssetKey("dev/tauri4j/assets/ClasspathAssetSourceTest.class"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/tauri4j/assets", "tauri4j/../x", "./tauri4j", "tauri4j//assets", "C:/x",
            "a\\b"})
    void rootMustBeARelativeResourceFolder(String root) {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> new ClasspathAssetSource(loader, root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid asset root");
    }

    @Test
    void trailingSlashOnTheRootIsTolerated() {
        assertThat(new ClasspathAssetSource(getClass().getClassLoader(), ROOT + "/").root()).isEqualTo(ROOT);
    }

    @Test
    void jarDirectoryEntriesAreNotServed(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("web/"));
            out.putNextEntry(new JarEntry("web/docs/"));
            putFile(out, "web/docs/index.html", "docs");
            putFile(out, "web/index.html", "index");
            putFile(out, "secret.txt", "secret");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClasspathAssetSource inJar = new ClasspathAssetSource(loader, "web");
            assertThat(inJar.read(new AssetKey("index.html"))).map(ClasspathAssetSourceTest::text).contains("index");
            assertThat(inJar.read(new AssetKey("docs/index.html"))).map(ClasspathAssetSourceTest::text)
                    .contains("docs");
            // The jar answers "web/docs" with its "web/docs/" entry; that is a directory, not an asset.
            assertThat(loader.getResource("web/docs")).isNotNull();
            assertThat(inJar.read(new AssetKey("docs"))).isEmpty();
            assertThat(inJar.exists(new AssetKey("docs"))).isFalse();
            assertThat(new AssetResolver(inJar).resolve("/docs")).map(a -> a.key().value())
                    .contains("docs/index.html");
            assertThat(new AssetResolver(inJar).resolve("/../secret.txt")).isEmpty();
        }
    }

    @Test
    void symlinkInsideAnExplodedAssetTreeIsNotFollowed(@TempDir Path tmp) throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path web = Files.createDirectories(classes.resolve("web"));
        Files.writeString(web.resolve("index.html"), "index");
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(web.resolve("leak.txt"), outside);
        Files.createSymbolicLink(web.resolve("leakdir"), tmp);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            ClasspathAssetSource exploded = new ClasspathAssetSource(loader, "web");
            assertThat(exploded.read(new AssetKey("index.html"))).map(ClasspathAssetSourceTest::text)
                    .contains("index");
            assertThat(exploded.read(new AssetKey("leak.txt"))).isEmpty();
            assertThat(exploded.read(new AssetKey("leakdir/secret.txt"))).isEmpty();
        }
    }

    @Test
    void symlinkedClassPathFolderAboveTheRootStillWorks(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real/web"));
        Files.writeString(real.resolve("index.html"), "index");
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), tmp.resolve("real"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {link.toUri().toURL()}, null)) {
            assertThat(new ClasspathAssetSource(loader, "web").read(new AssetKey("index.html")))
                    .map(ClasspathAssetSourceTest::text).contains("index");
        }
    }

    private static void putFile(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
