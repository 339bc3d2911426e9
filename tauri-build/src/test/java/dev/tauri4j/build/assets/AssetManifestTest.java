package dev.tauri4j.build.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetManifestTest {

    private static final String INLINE = "window.__CONFIG__ = {\"a\": 1};";

    @TempDir
    Path dir;

    @Test
    void listsEveryFileWithHashSizeAndType() throws Exception {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<!doctype html><script>" + INLINE + "</script><script src=/app.js></script>");
        write(assets, "app.js", "console.log(1)\n");
        Files.createDirectories(assets.resolve("img"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Files.write(assets.resolve("img/logo.png"), png);

        AssetManifest manifest = AssetManifest.of(assets);

        assertThat(manifest.assets()).containsOnlyKeys("app.js", "img/logo.png", "index.html");
        assertThat(manifest.assets().get("img/logo.png"))
                .isEqualTo(new AssetEntry(sha256Hex(png), png.length, "image/png"));
        assertThat(manifest.assets().get("app.js").type()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(manifest.inlineScripts()).containsExactly("sha256-" + CspHashTest.openssl(INLINE));
    }

    @Test
    void jsonIsExactlyThisFormat() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "b.txt", "b");
        write(assets, "a.html", "<script>x()</script>");

        String json = new String(AssetManifest.of(assets).toJson(), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("""
                {
                  "version": 1,
                  "assets": {
                    "a.html": {
                      "sha256": "%s",
                      "size": 20,
                      "type": "text/html; charset=utf-8",
                      "inlineScripts": [
                        "%s"
                      ]
                    },
                    "b.txt": {
                      "sha256": "%s",
                      "size": 1,
                      "type": "text/plain; charset=utf-8"
                    }
                  },
                  "inlineScripts": [
                    "%s"
                  ]
                }
                """.formatted(sha256Hex("<script>x()</script>".getBytes(StandardCharsets.UTF_8)), CspHash.of("x()"),
                sha256Hex("b".getBytes(StandardCharsets.UTF_8)), CspHash.of("x()")));
    }

    @Test
    void sameFilesGiveTheSameBytesWhateverTheOrderTheyWereWritten() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        List<String> names = List.of("z.js", "a/b.css", "a.html", "m/n/o.svg", "A.js");
        for (String name : names) write(one, name, "<script>" + name + "</script>");
        for (String name : names.reversed()) write(two, name, "<script>" + name + "</script>");

        byte[] first = AssetManifest.of(one).toJson();

        assertThat(AssetManifest.of(two).toJson()).isEqualTo(first);
        assertThat(AssetManifest.of(one).toJson()).isEqualTo(first);
        assertThat(AssetManifest.of(one).assets().keySet()).containsExactly("A.js", "a.html", "a/b.css", "m/n/o.svg",
                "z.js");
    }

    @Test
    void sameInlineScriptInTwoPagesIsListedOnce() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<script>boot()</script>");
        write(assets, "about/index.html", "<script>boot()</script><script>about()</script>");

        assertThat(AssetManifest.of(assets).inlineScripts())
                .containsExactlyInAnyOrder(CspHash.of("boot()"), CspHash.of("about()"))
                .isSorted();
    }

    @Test
    void eachPageListsOnlyItsOwnInlineScriptsInDocumentOrder() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<script>boot()</script>");
        write(assets, "about/index.html", "<script>z()</script><script>boot()</script><script>z()</script>");
        write(assets, "app.js", "boot()");

        AssetManifest manifest = AssetManifest.of(assets);

        assertThat(manifest.assets().get("index.html").inlineScripts()).containsExactly(CspHash.of("boot()"));
        assertThat(manifest.assets().get("about/index.html").inlineScripts())
                .containsExactly(CspHash.of("z()"), CspHash.of("boot()"));
        assertThat(manifest.assets().get("app.js").inlineScripts()).isEmpty();
    }

    @Test
    void aSignerWithAPublicKeyEmbedsItAndWithoutASignerAnOldKeyIsRemoved() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<p>hi</p>");
        ManifestSigner signer = new ManifestSigner() {
            @Override
            public byte[] sign(byte[] manifestBytes) {
                return "SIG".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] publicKey() {
                return "PUB".getBytes(StandardCharsets.UTF_8);
            }
        };

        AssetManifest.of(assets).writeTo(dir, signer);
        assertThat(dir.resolve("assets.manifest.pub")).hasContent("PUB");

        AssetManifest.of(assets).writeTo(dir, null);
        assertThat(dir.resolve("assets.manifest.pub")).doesNotExist();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstScript() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "\uFEFF<script>a()</script>");

        assertThat(AssetManifest.of(assets).inlineScripts()).containsExactly(CspHash.of("a()"));
    }

    @Test
    void signerSignsExactlyTheManifestBytes() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<p>hi</p>");
        AssetManifest manifest = AssetManifest.of(assets);
        AtomicReference<byte[]> seen = new AtomicReference<>();

        Path file = manifest.writeTo(dir, bytes -> {
            seen.set(bytes);
            return "untrusted comment: test\nSIG\n".getBytes(StandardCharsets.UTF_8);
        });

        assertThat(file).isEqualTo(dir.resolve("assets.manifest.json"));
        assertThat(Files.readAllBytes(file)).isEqualTo(manifest.toJson()).isEqualTo(seen.get());
        assertThat(dir.resolve("assets.manifest.json.minisig")).hasContent("untrusted comment: test\nSIG");
    }

    @Test
    void withoutASignerAnOldSignatureIsRemoved() throws IOException {
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<p>hi</p>");
        Files.writeString(dir.resolve("assets.manifest.json.minisig"), "stale");

        AssetManifest.of(assets).writeTo(dir, null);

        assertThat(dir.resolve("assets.manifest.json")).exists();
        assertThat(dir.resolve("assets.manifest.json.minisig")).doesNotExist();
    }

    @Test
    void aFailingSignerLeavesTheEarlierManifestAndSignature() throws IOException {
        Files.writeString(dir.resolve("assets.manifest.json"), "old");
        Files.writeString(dir.resolve("assets.manifest.json.minisig"), "old sig");
        Path assets = dir.resolve("assets");
        write(assets, "index.html", "<p>new</p>");

        assertThatThrownBy(() -> AssetManifest.of(assets).writeTo(dir, bytes -> {
            throw new IllegalStateException("no key");
        })).hasMessage("no key");

        assertThat(dir.resolve("assets.manifest.json")).hasContent("old");
        assertThat(dir.resolve("assets.manifest.json.minisig")).hasContent("old sig");
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
