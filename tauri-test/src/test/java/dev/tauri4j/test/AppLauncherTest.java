package dev.tauri4j.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLauncherTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToThisJvmThisClasspathAndNativeAccess() {
        var command = AppLauncher.mainClass("com.example.Main").command();

        assertThat(command.getFirst()).endsWith("/bin/java");
        assertThat(command).containsSequence(AppLauncher.NATIVE_ACCESS, "-cp", System.getProperty("java.class.path"),
                "com.example.Main");
    }

    @Test
    void scriptExecsTheCommandWithTheDriversArgsAndLogsEverything() throws Exception {
        // A stand-in for java that prints its argv and environment, one line each.
        Path fakeJava = executable("fake-java", """
                #!/bin/sh
                for a in "$@"; do printf '%s\\n' "$a"; done
                printf 'GREETING=%s\\n' "$GREETING"
                echo to-stderr >&2
                """);
        AppLauncher app = AppLauncher.mainClass("com.example.Main").java(fakeJava)
                .jvmArgs("-Xmx64m").classpath("a.jar:b c.jar")
                .args("it's", "$HOME", "two words")
                .env("GREETING", "hello 'world'");
        Path log = dir.resolve("app.log");
        Path pid = dir.resolve("app.pid");

        Path script = app.writeScript(dir, log, pid);
        Process p = new ProcessBuilder(script.toString(), "--automation").start();

        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(log)).containsExactly(
                AppLauncher.NATIVE_ACCESS, "-Xmx64m", "-cp", "a.jar:b c.jar", "com.example.Main",
                "it's", "$HOME", "two words", "--automation",
                "GREETING=hello 'world'", "to-stderr");
        // exec keeps the pid, which is how close() finds the app.
        assertThat(Files.readString(pid).strip()).isEqualTo(Long.toString(p.pid()));
    }

    @Test
    void nativeProgramsTakeNoJvmSettings() {
        AppLauncher app = AppLauncher.executable(Path.of("/usr/bin/true"));

        assertThat(app.args("--x").command()).containsExactly("/usr/bin/true", "--x");
        assertThatThrownBy(() -> app.jvmArgs("-Xmx1g")).hasMessageContaining("applies to Java apps");
    }

    @Test
    void missingOrNonExecutableProgramsAreReportedBeforeAnythingStarts() throws Exception {
        Path notExecutable = Files.writeString(dir.resolve("app"), "#!/bin/sh\n");

        assertThatThrownBy(() -> AppLauncher.executable(dir.resolve("nope")).validate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope does not exist");
        assertThatThrownBy(() -> AppLauncher.executable(notExecutable).validate())
                .hasMessageContaining("chmod +x " + notExecutable);
    }

    @Test
    void rejectsEnvironmentNamesTheShellCannotExport() {
        assertThatThrownBy(() -> AppLauncher.executable(Path.of("/bin/true")).env("A-B", "x"))
                .hasMessageContaining("A-B");
    }

    private Path executable(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
