package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.internal.assets.BuiltAssets;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real app process whose manifest signature does not verify stops before any window opens, with the message
 * that names the file and the fix (no display is given: the check must come first).
 */
class SignedManifestStartTest {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {}

    private Run launch(Path assets) throws Exception {
        Path config = Path.of("target/test-classes/security/tauri.conf.json").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dtauri.config=" + config,
                "-Dsecurity.assets=" + assets, "-cp", System.getProperty("java.class.path"), SecureApp.class.getName()))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void aManifestChangedAfterSigningStopsTheAppWithAClearMessage() throws Exception {
        Path assets = BuiltAssets.write(dir, Map.of("index.html", "<!doctype html><p>signed</p>", "app.js", "app()"));
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Path manifest = dir.resolve("assets.manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"size\": 5", "\"size\": 6"));

        Run run = launch(assets);

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("tauri4j cannot start: the asset manifest's signature assets.manifest.json.minisig "
                + "does not verify").contains("refusing to start").contains("Fix: rebuild the app");
    }

    @Test
    void aMissingSignatureStopsTheAppToo() throws Exception {
        Path assets = BuiltAssets.write(dir, Map.of("index.html", "<!doctype html><p>signed</p>"));
        BuiltAssets.sign(assets, MinisignKeyPair.generate());
        Files.delete(dir.resolve("assets.manifest.json.minisig"));

        Run run = launch(assets);

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("assets.manifest.json.minisig is missing: the asset manifest is not signed");
    }

    @Test
    void aGoodSignaturePassesTheCheckAndTheAppGoesOnToOpenItsWindow() throws Exception {
        Path assets = BuiltAssets.write(dir, Map.of("index.html", "<!doctype html><p>signed</p>"));
        BuiltAssets.sign(assets, MinisignKeyPair.generate());

        Run run = launch(assets);

        // without a display the app fails later, at the window: proof the signature check let it through
        assertThat(run.output()).doesNotContain("tauri4j cannot start").doesNotContain("signature");
    }
}
