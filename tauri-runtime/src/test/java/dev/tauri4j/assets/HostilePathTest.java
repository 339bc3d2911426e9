package dev.tauri4j.assets;

import dev.tauri4j.internal.assets.AssetIntegrity;
import dev.tauri4j.internal.assets.AssetResolver;
import dev.tauri4j.internal.assets.BuiltAssets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Paths an attacker (or a confused link) might send; none may reach a file outside the asset root. */
class HostilePathTest {

    private static final String SECRET = "TOP-SECRET";
    private static final String INDEX = "<!doctype html><title>app</title>";

    @TempDir
    static Path tmp;
    static DirectoryAssetSource site;
    static DirectoryAssetSource siteWithoutIndex;
    static ClasspathAssetSource jar;
    static AssetResolver verified;

    @BeforeAll
    static void layOutFiles() throws IOException {
        // tmp/secret, tmp/etc/passwd and tmp/C/x sit beside the site roots, one ".." away.
        Files.writeString(tmp.resolve("secret"), SECRET);
        Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(tmp.resolve("etc/passwd"), SECRET);
        Path withIndex = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(withIndex.resolve("index.html"), INDEX);
        Files.createDirectories(withIndex.resolve("assets"));
        Files.writeString(withIndex.resolve("assets/app.js"), "app()");
        site = new DirectoryAssetSource(withIndex);
        siteWithoutIndex = new DirectoryAssetSource(Files.createDirectories(tmp.resolve("bare")));
        // an app jar: the assets, and beside them the config, a class and a secret a traversal would aim at
        Path jarFile = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile))) {
            for (String[] entry : new String[][] {{"tauri4j/assets/index.html", INDEX}, {"tauri4j/assets/assets/app.js", "app()"},
                    {"tauri4j/secret", SECRET}, {"tauri4j/tauri.conf.json", SECRET}, {"secret", SECRET}, {"Main.class", SECRET}}) {
                out.putNextEntry(new JarEntry(entry[0]));
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        jar = new ClasspathAssetSource(new URLClassLoader(new URL[] {jarFile.toUri().toURL()}, null));
        // the same site behind the manifest check: a traversal must not turn into a verified read either
        Path built = tmp.resolve("built");
        verified = new AssetResolver(AssetIntegrity.load(new DirectoryAssetSource(BuiltAssets.write(built,
                java.util.Map.of("index.html", INDEX, "assets/app.js", "app()")))).source());
        Files.writeString(built.resolve("secret"), SECRET);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("rejected")
    void neitherTheAppJarNorAVerifiedSourceServeIt(String raw, String reason) {
        assertThat(new AssetResolver(jar).resolve(raw)).isEmpty();
        assertThat(verified.resolve(raw)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("literalButMissing")
    void theAppJarServesNothingButItsOwnIndexForThem(String raw, String key) {
        new AssetResolver(jar).resolve(raw)
                .ifPresent(a -> assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo(INDEX));
        verified.resolve(raw).ifPresent(a -> assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo(INDEX));
    }

    @org.junit.jupiter.api.Test
    void theJarSourceServesItsAssetsSoTheRefusalsAboveMeanSomething() {
        assertThat(new AssetResolver(jar).resolve("/assets/app.js")).map(a -> new String(a.bytes(), StandardCharsets.UTF_8))
                .contains("app()");
        assertThat(verified.resolve("/assets/app.js")).isPresent();
        // a companion name is one of three fixed suffixes, never a path
        assertThatThrownBy(() -> jar.companion("/../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThat(jar.companion(AssetSource.MANIFEST)).isEmpty();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("/../secret", "parent segment"),
                Arguments.of("/assets/../../secret", "parent segment"),
                Arguments.of("../secret", "parent segment"),
                Arguments.of("/..", "parent segment"),
                Arguments.of("/..%2fsecret", "encoded slash"),
                Arguments.of("/..%2Fsecret", "encoded slash"),
                Arguments.of("/%2e%2e/secret", "parent segment"),
                Arguments.of("/%2E%2E/secret", "parent segment"),
                Arguments.of("/.%2e/secret", "parent segment"),
                Arguments.of("/%2e%2e%2fsecret", "encoded slash"),
                Arguments.of("/%2e%2e%2f%2e%2e%2fsecret", "encoded slash"),
                Arguments.of("/assets%2fapp.js", "encoded slash"),
                Arguments.of("/..\\secret", "backslash"),
                Arguments.of("/assets\\app.js", "backslash"),
                Arguments.of("/..%5csecret", "backslash"),
                Arguments.of("/%5c..%5csecret", "backslash"),
                Arguments.of("/index.html%00.js", "control character"),
                Arguments.of("/%00", "control character"),
                Arguments.of("/a\u0000b", "control character"),
                Arguments.of("/a%0ab", "control character"),
                Arguments.of("/a%0d%0aSet-Cookie", "control character"),
                Arguments.of("/a\tb", "control character"),
                Arguments.of("/a%7fb", "control character"),
                Arguments.of("/a%c2%85b", "control character"),
                Arguments.of("/C:/x", "colon"),
                Arguments.of("C:/x", "colon"),
                Arguments.of("/c:%5cwindows", "colon"),
                Arguments.of("/C%3a/x", "colon"),
                Arguments.of("/index.html::$DATA", "colon"),
                Arguments.of("tauri://localhost/index.html", "colon"),
                Arguments.of("/file:%2f%2fetc%2fpasswd", "encoded slash"),
                Arguments.of("/%c0%ae%c0%ae/secret", "malformed UTF-8"),
                Arguments.of("/%c0%af", "malformed UTF-8"),
                Arguments.of("/%e0%80%ae%e0%80%ae/secret", "malformed UTF-8"),
                Arguments.of("/%f0%80%80%ae", "malformed UTF-8"),
                Arguments.of("/%ed%a0%80", "malformed UTF-8"),
                Arguments.of("/%ed%bf%bf", "malformed UTF-8"),
                Arguments.of("/%f4%90%80%80", "malformed UTF-8"),
                Arguments.of("/%ff", "malformed UTF-8"),
                Arguments.of("/%e2%82", "malformed UTF-8"),
                Arguments.of("/\ud800.js", "lone surrogate"),
                Arguments.of("/a\udc00", "lone surrogate"),
                Arguments.of("/%", "truncated percent-escape"),
                Arguments.of("/%2", "truncated percent-escape"),
                Arguments.of("/%zz", "malformed percent-escape"),
                Arguments.of("/%u002e%u002e/secret", "malformed percent-escape"),
                Arguments.of("/%%32%65", "malformed percent-escape"),
                Arguments.of("/%\uff12\uff45", "malformed percent-escape"),
                Arguments.of("/.../secret", "dots/spaces-only segment"),
                Arguments.of("/.. /secret", "dots/spaces-only segment"),
                Arguments.of("/..%20/secret", "dots/spaces-only segment"),
                Arguments.of("/.%20./secret", "dots/spaces-only segment"),
                Arguments.of("/%20/secret", "dots/spaces-only segment"),
                Arguments.of("/" + "a".repeat(AssetKey.MAX_LENGTH + 1), "path too long"),
                Arguments.of("/" + "%61".repeat(AssetKey.MAX_LENGTH + 1), "path too long"),
                Arguments.of("/" + "%2e/".repeat(AssetKey.MAX_RAW_LENGTH), "path too long"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("rejected")
    void isRejectedByTheParser(String raw, String reason) {
        assertThatThrownBy(() -> AssetKey.parse(raw))
                .isInstanceOf(InvalidAssetPathException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("rejected")
    void resolvesToNothingWithoutThrowing(String raw, String reason) {
        assertThat(new AssetResolver(site).resolve(raw)).isEmpty();
    }

    static Stream<Arguments> literalButMissing() {
        return Stream.of(
                // Decoded once: the result is the literal name "%2e%2e", a segment like any other.
                Arguments.of("/%252e%252e/secret", "%2e%2e/secret"),
                Arguments.of("/%252e%252e%252fsecret", "%2e%2e%2fsecret"),
                Arguments.of("/.%252e/secret", ".%2e/secret"),
                Arguments.of("/%255c..%255csecret", "%5c..%5csecret"),
                // Absolute paths only ever mean a key inside the root.
                Arguments.of("/etc/passwd", "etc/passwd"),
                Arguments.of("//etc/passwd", "etc/passwd"),
                Arguments.of("///etc/passwd?x", "etc/passwd"),
                Arguments.of("/%2e/secret", "secret"),
                Arguments.of("/./secret", "secret"),
                // Look-alike dots are not dots.
                Arguments.of("/\uff0e\uff0e/secret", "\uff0e\uff0e/secret"),
                Arguments.of("/%ef%bc%8e%ef%bc%8e/secret", "\uff0e\uff0e/secret"),
                Arguments.of("/\u2024\u2024/secret", "\u2024\u2024/secret"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("literalButMissing")
    void staysALiteralKeyInsideTheRootAndIsNotFound(String raw, String key) {
        assertThat(AssetKey.parse(raw).value()).isEqualTo(key);
        assertThat(new AssetResolver(siteWithoutIndex).resolve(raw)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("literalButMissing")
    void neverServesTheSecretEvenWithAnSpaFallback(String raw, String key) {
        Optional<Asset> asset = new AssetResolver(site).resolve(raw);
        asset.ifPresent(a -> assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo(INDEX));
    }
}
