package dev.tauri4j.internal.assets;

import dev.tauri4j.assets.AssetIntegrityException;
import dev.tauri4j.assets.AssetSource;
import dev.tauri4j.assets.ClasspathAssetSource;
import dev.tauri4j.assets.DirectoryAssetSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.assets.AssetIntegrityException.Kind;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each asset checked against the build's manifest; the manifest's signature checked at start when a key is carried. */
class AssetIntegrityTest {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "<!doctype html><script>boot()</script>",
            "app.js", "console.log('app')",
            "img/logo.svg", "<svg/>");

    @TempDir
    Path dir;

    private static Kind kindOf(Runnable r) {
        try {
            r.run();
        } catch (AssetIntegrityException e) {
            assertThat(e.getMessage()).contains("Fix:");
            return e.kind();
        }
        throw new AssertionError("no AssetIntegrityException");
    }

    @Test
    void untouchedAssetsAreServedAndTheirManifestIsUsed() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);

        AssetIntegrity integrity = AssetIntegrity.load(new DirectoryAssetSource(assets));

        assertThat(integrity.signed()).isFalse();
        assertThat(integrity.manifest().size()).isEqualTo(3);
        AssetResolver resolver = new AssetResolver(integrity.source());
        assertThat(resolver.resolve("/app.js")).map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).contains("console.log('app')");
        assertThat(resolver.resolve("/settings/route")).map(a -> a.key().value()).contains("index.html");
        assertThat(resolver.resolve("/missing.js")).isEmpty();
    }

    @Test
    void aChangedByteIsNeverServed() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        AssetResolver resolver = new AssetResolver(AssetIntegrity.load(new DirectoryAssetSource(assets)).source());
        Files.writeString(assets.resolve("app.js"), "console.log('apP')");

        assertThatThrownBy(() -> resolver.resolve("/app.js"))
                .isInstanceOfSatisfying(AssetIntegrityException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.ASSET_CHANGED);
                    assertThat(e.subject()).isEqualTo("app.js");
                    assertThat(e.getMessage()).startsWith("asset app.js was not served: its bytes differ");
                });
    }

    @Test
    void aFileAddedAfterTheBuildIsNeverServed() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        AssetResolver resolver = new AssetResolver(AssetIntegrity.load(new DirectoryAssetSource(assets)).source());
        Files.writeString(assets.resolve("evil.js"), "steal()");

        assertThat(kindOf(() -> resolver.resolve("/evil.js"))).isEqualTo(Kind.ASSET_NOT_IN_MANIFEST);
    }

    @Test
    void withoutAManifestAssetsAreServedUnchecked() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        Files.delete(dir.resolve("assets.manifest.json"));

        AssetIntegrity integrity = AssetIntegrity.load(new DirectoryAssetSource(assets));

        assertThat(integrity.manifest()).isNull();
        assertThat(integrity.source()).isNotInstanceOf(VerifiedAssetSource.class);
    }

    @Test
    void aManifestSignedByTheBuildVerifiesWithTheEmbeddedKey() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());

        assertThat(AssetIntegrity.load(new DirectoryAssetSource(assets)).signed()).isTrue();
    }

    @Test
    void anyChangeToTheSignedManifestStopsTheStart() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Path manifest = dir.resolve("assets.manifest.json");
        // the attacker changes app.js and updates its hash in the manifest, but cannot re-sign
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"sha256\": \"[0-9a-f]{4}", "\"sha256\": \"0000"));

        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.BAD_SIGNATURE);
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        byte[] trusted = Files.readAllBytes(dir.resolve("assets.manifest.pub"));
        BuiltAssets.sign(assets, MinisignKeyPair.generate()); // an attacker's own key and signature...
        Files.write(dir.resolve("assets.manifest.pub"), trusted); // ...while the app still carries the real key

        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.WRONG_KEY);
    }

    @Test
    void aChangedTrustedCommentIsRefused() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Path sig = dir.resolve("assets.manifest.json.minisig");
        Files.writeString(sig, Files.readString(sig).replace("trusted comment: tauri4j", "trusted comment: evil"));

        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.BAD_SIGNATURE);
    }

    @Test
    void aMissingOrGarbledSignatureOrManifestIsRefusedWhenAKeyIsCarried() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Path sig = dir.resolve("assets.manifest.json.minisig");
        Files.writeString(sig, "untrusted comment: x\nnot base64!\ntrusted comment: y\nAAAA\n");
        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.SIGNATURE_MALFORMED);

        Files.delete(sig);
        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.SIGNATURE_MISSING);

        Files.delete(dir.resolve("assets.manifest.json"));
        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.MANIFEST_MISSING);
    }

    @Test
    void aManifestThatIsNotOneStopsTheStart() throws IOException {
        Path assets = BuiltAssets.write(dir, FILES);
        Files.writeString(dir.resolve("assets.manifest.json"), "{\"version\": 1, \"assets\": {\"a\": {\"sha256\": \"xyz\", \"size\": 1}}}");

        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.MANIFEST_UNREADABLE);
    }

    @Test
    void aSignatureMadeByTheMinisignToolItselfVerifies() throws Exception {
        Path assets = BuiltAssets.write(dir, FILES);
        Path key = dir.resolve("minisign.key");
        Path pub = dir.resolve("assets.manifest.pub");
        run("minisign", "-G", "-W", "-p", pub.toString(), "-s", key.toString());
        run("minisign", "-S", "-s", key.toString(), "-m", dir.resolve("assets.manifest.json").toString(),
                "-t", "signed by minisign");

        assertThat(AssetIntegrity.load(new DirectoryAssetSource(assets)).signed()).isTrue();
        Files.writeString(dir.resolve("assets.manifest.json"), "{\"version\": 1, \"assets\": {}}\n");
        assertThat(kindOf(() -> AssetIntegrity.load(new DirectoryAssetSource(assets)))).isEqualTo(Kind.BAD_SIGNATURE);
    }

    @Test
    void theClassPathSourceFindsTheManifestNextToItsFolder() {
        ClasspathAssetSource source = new ClasspathAssetSource(getClass().getClassLoader(), "tauri4j/assets-test");
        assertThat(source.companion(AssetSource.MANIFEST)).isEmpty();
        assertThatThrownBy(() -> source.companion("/../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s said: %s", command[0], out).isZero();
    }
}
