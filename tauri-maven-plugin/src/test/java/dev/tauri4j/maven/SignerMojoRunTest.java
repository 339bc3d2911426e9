package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tauri:signer for real: keys it generates and signatures it writes are accepted by minisign itself. */
@MojoTest
class SignerMojoRunTest {

    private static final Path MINISIGN = Path.of("/usr/bin/minisign");

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "signer")
    @MojoParameter(name = "noPassword", value = "true")
    @MojoParameter(name = "comment", value = "tauri4j mojo test")
    void generatesAPasswordlessKeyPairThenSignsAFileThatMinisignVerifies(SignerMojo mojo) throws Exception {
        Path secretKey = dir.resolve("keys/test.key");
        Path publicKey = dir.resolve("keys/test.key.pub");
        mojo.secretKey = secretKey.toFile();

        mojo.execute();

        assertThat(secretKey).isRegularFile();
        assertThat(publicKey).isRegularFile();
        assertThat(Files.readAllLines(publicKey).getFirst()).startsWith("untrusted comment:");

        Path file = Files.writeString(dir.resolve("app-1.0.0.tar.gz"), "pretend this is a release\n");
        mojo.file = file.toFile();

        mojo.execute();

        Path signature = dir.resolve("app-1.0.0.tar.gz.minisig");
        assertThat(signature).isRegularFile();
        Result verified = minisign("-V", "-m", file.toString(), "-p", publicKey.toString());
        assertThat(verified.exit()).as("minisign -V said: %s", verified.output()).isZero();
        assertThat(verified.output()).contains("tauri4j mojo test");

        Files.writeString(file, "pretend this is a release, changed\n");
        Result tampered = minisign("-V", "-m", file.toString(), "-p", publicKey.toString());
        assertThat(tampered.exit()).as("minisign accepted a changed file: %s", tampered.output()).isNotZero();
    }

    @Test
    @InjectMojo(goal = "signer")
    @MojoParameter(name = "noPassword", value = "true")
    void refusesToOverwriteAnExistingKey(SignerMojo mojo) throws Exception {
        Path secretKey = dir.resolve("test.key");
        mojo.secretKey = secretKey.toFile();
        mojo.execute();
        byte[] first = Files.readAllBytes(secretKey);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("already exists")
                .hasMessageContaining("Fix:");
        assertThat(Files.readAllBytes(secretKey)).isEqualTo(first);
    }

    private record Result(int exit, String output) {}

    private static Result minisign(String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(MINISIGN)) {
            throw new AssertionError(MINISIGN + " is missing, so signatures cannot be checked against the reference"
                    + " tool. Fix: sudo apt-get install minisign");
        }
        List<String> command = new java.util.ArrayList<>(List.of(MINISIGN.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("minisign did not finish in 30 s: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
