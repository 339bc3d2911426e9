package dev.tauri4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tauri4j.build.assets.AssetEmbedException;
import dev.tauri4j.build.bundle.BundleException;
import dev.tauri4j.build.dev.DevException;
import dev.tauri4j.build.frontend.FrontendBuildException;
import dev.tauri4j.build.icon.IconException;
import dev.tauri4j.crypto.minisign.MinisignException;
import dev.tauri4j.config.ConfigException;
import dev.tauri4j.config.UserFixableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.exception.ExceptionSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Maven must show the user's problems as build failures in the core's words, and everything else as a bug. */
class MojoErrorsTest {

    static Stream<UserFixableException> userFixable() {
        return Stream.of(
                new ConfigException("tauri.conf.json", "identifier", "identifier is missing. Fix: add one"),
                new MinisignException(MinisignException.Kind.WRONG_PASSWORD, "wrong password for app.key"),
                new BundleException("unknown bundle target \"msi\". Fix: use one of app-image, deb, rpm"),
                new AssetEmbedException("build.frontendDist is not set in tauri.conf.json. Fix: set it"),
                new FrontendBuildException("The frontend folder web does not exist. Fix: point the plugin at it"),
                new DevException("no main class to run. Fix: set <mainClass>"),
                new IconException(Path.of("app-icon.png"), "app-icon.png does not exist. Fix: check the path"),
                new MojoErrors.GoalException("no Tauri config at tauri.conf.json. Fix: create it"));
    }

    @ParameterizedTest
    @MethodSource("userFixable")
    void aUserFixableProblemFailsTheBuildWithTheGoalAndTheCoresMessage(UserFixableException problem) {
        Throwable thrown = run(problem);

        assertThat(thrown).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("tauri:build: " + problem.getMessage())
                .hasNoCause();
        assertThat(thrown.getSuppressed()).containsExactly(problem);
    }

    @Test
    void mavenShowsTheCoresMessageAloneThoughTheProblemHasACause() {
        ConfigException problem = new ConfigException("tauri.conf.json", "", "is not valid JSON at line 3. Fix: "
                + "correct it", new IOException("Unexpected character ('}')\n at [Source: REDACTED; line: 3]"));

        ExceptionSummary shown = new DefaultExceptionHandler().handleException(run(problem));

        assertThat(shown.getMessage()).isEqualTo("tauri:build: " + problem.getMessage());
        assertThat(shown.getReference()).endsWith("/MojoFailureException");
    }

    @Test
    void mvnDashEStillPrintsTheCoresExceptionAndItsCause() {
        ConfigException problem = new ConfigException("tauri.conf.json", "", "cannot be read. Fix: check it",
                new IOException("disk on fire"));
        StringWriter trace = new StringWriter();

        run(problem).printStackTrace(new PrintWriter(trace));

        assertThat(trace.toString()).contains("Suppressed: " + ConfigException.class.getName())
                .contains("Caused by: java.io.IOException: disk on fire");
    }

    static Stream<Exception> bugs() {
        return Stream.of(new RuntimeException("boom"), new IllegalArgumentException("Ed25519 signatures are 64 bytes"),
                new NullPointerException(), new IllegalStateException("jpackage's launcher config names no main class"),
                new IOException("No space left on device"));
    }

    @ParameterizedTest
    @MethodSource("bugs")
    void anythingElseIsAnExecutionErrorKeepingItsCause(Exception bug) {
        Throwable thrown = run(bug);

        assertThat(thrown).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("tauri:build failed: ")
                .hasCause(bug);
    }

    @Test
    void anUncheckedIoProblemNamesTheIoError() {
        UncheckedIOException io = new UncheckedIOException(new IOException("target/classes: Permission denied"));

        assertThat(run(io)).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("tauri:build: target/classes: Permission denied")
                .hasCause(io);
    }

    private static Throwable run(Exception thrown) {
        return catchThrowable(() -> MojoErrors.run("tauri:build", () -> {
            throw thrown;
        }));
    }
}
