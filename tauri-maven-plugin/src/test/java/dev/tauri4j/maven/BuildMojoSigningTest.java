package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.build.frontend.FrontendBuildMode;
import dev.tauri4j.crypto.minisign.MinisignKeyPair;
import dev.tauri4j.crypto.minisign.MinisignPublicKey;
import dev.tauri4j.crypto.minisign.MinisignVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tauri:build with a signing key: the manifest is signed and the key's public half travels in the jar. */
@MojoTest
class BuildMojoSigningTest {

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "build")
    void aSigningKeyEmbedsItsPublicKeyThatVerifiesTheManifest(BuildMojo mojo) throws Exception {
        Path classes = project(mojo);

        mojo.execute();

        Path root = classes.resolve("tauri4j");
        MinisignPublicKey embedded = MinisignPublicKey.read(root.resolve("assets.manifest.pub"));
        assertThat(embedded).isEqualTo(MinisignPublicKey.read(dir.resolve("app.key.pub")));
        MinisignVerifier.verify(root.resolve("assets.manifest.json"), embedded); // throws when it does not verify
        assertThat(Files.readString(root.resolve("assets.manifest.json"))).contains("\"index.html\"");
    }

    @Test
    @InjectMojo(goal = "build")
    @MojoParameter(name = "embedPublicKey", value = "false")
    void embeddingThePublicKeyCanBeTurnedOff(BuildMojo mojo) throws Exception {
        Path classes = project(mojo);

        mojo.execute();

        assertThat(classes.resolve("tauri4j/assets.manifest.json.minisig")).isRegularFile();
        assertThat(classes.resolve("tauri4j/assets.manifest.pub")).doesNotExist();
    }

    private Path project(BuildMojo mojo) throws Exception {
        Files.createDirectories(dir.resolve("dist"));
        Files.writeString(dir.resolve("dist/index.html"), "<!doctype html><script>boot()</script>");
        Files.writeString(dir.resolve("tauri.conf.json"),
                "{\"identifier\": \"com.example.signed\", \"build\": {\"frontendDist\": \"dist\"}}");
        MinisignKeyPair.generate().write(dir.resolve("app.key.pub"), dir.resolve("app.key"), null);
        Path classes = dir.resolve("target/classes");
        mojo.config = dir.resolve("tauri.conf.json").toFile();
        mojo.frontendDir = dir.toFile();
        mojo.classesDir = classes.toFile();
        mojo.stateFile = dir.resolve("target/tauri/frontend.state").toFile();
        mojo.frontendBuild = FrontendBuildMode.NEVER;
        mojo.signingKey = dir.resolve("app.key").toFile();
        return classes;
    }
}
