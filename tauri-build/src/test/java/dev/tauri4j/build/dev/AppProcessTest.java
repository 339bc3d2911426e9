package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppProcessTest {

    @TempDir
    Path dir;

    @Test
    void runsTheMainClassInDevModeAndStopEndsIt() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(src.resolve("Main.java"), """
                package app;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
                            System.getProperty("tauri.dev") + "|" + System.getProperty("tauri.config") + "|" + System.getProperty("extra")
                            + "|" + System.getenv("WEBKIT_INSPECTOR_SERVER") + "|" + String.join(" ", args).replace(args[0], "REPORT"));
                        Thread.sleep(300_000);
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        RecordingLog log = new RecordingLog();
        assertThat(new JavacCompiler(List.of(dir.resolve("src")), List.of(), classes, List.of("--release", "25"), StandardCharsets.UTF_8)
                .compile(List.of(), log)).as(log.text()).isTrue();
        Path report = dir.resolve("report.txt");
        Path config = dir.resolve("tauri.conf.json");

        AppProcess app = AppProcess.start(new AppProcess.Launch(AppProcess.Launch.currentJava(), List.of(classes), "app.Main",
                config, List.of("-Dextra=yes"), List.of(report.toString()), dir, false), log);
        try {
            for (int i = 0; i < 200 && !Files.exists(report); i++) Thread.sleep(50);
            for (int i = 0; i < 20 && Files.readString(report).isEmpty(); i++) Thread.sleep(50);
            assertThat(Files.readString(report)).isEqualTo("true|" + config.toAbsolutePath() + "|yes|null|REPORT");
            assertThat(app.isAlive()).isTrue();
        } finally {
            app.stop();
        }
        assertThat(app.isAlive()).isFalse();
        assertThat(app.onExit().get(1, TimeUnit.SECONDS)).isNotZero();
    }

    @Test
    void withAnAutomationPortTheAppGetsTheFlagAndTheInspectorServer() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(src.resolve("Main.java"), """
                package app;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
                            System.getenv("WEBKIT_INSPECTOR_SERVER") + "|" + args[args.length - 1]);
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        RecordingLog log = new RecordingLog();
        assertThat(new JavacCompiler(List.of(dir.resolve("src")), List.of(), classes, List.of("--release", "25"), StandardCharsets.UTF_8)
                .compile(List.of(), log)).as(log.text()).isTrue();
        Path report = dir.resolve("report.txt");
        AppProcess app = AppProcess.start(new AppProcess.Launch(AppProcess.Launch.currentJava(), List.of(classes), "app.Main",
                dir.resolve("tauri.conf.json"), List.of(), List.of(report.toString()), dir, false, 45123), log);
        assertThat(app.onExit().get(30, TimeUnit.SECONDS)).as(log.text()).isZero();
        assertThat(Files.readString(report)).isEqualTo("127.0.0.1:45123|--automation");
    }

    @Test
    void anAutomationPortOutsideTcpsRangeIsRefusedWithTheFix() {
        assertThatThrownBy(() -> new AppProcess.Launch(Path.of("/jdk/bin/java"), List.of(), "com.example.App",
                Path.of("/p/tauri.conf.json"), List.of(), List.of(), Path.of("/p"), true, 70000))
                .isInstanceOf(DevException.class).hasMessageContaining("70000").hasMessageContaining("-Dtauri.dev.automation=");
    }

    @Test
    void theCommandLineEnablesNativeAccessAndDevMode() {
        var launch = new AppProcess.Launch(Path.of("/jdk/bin/java"), List.of(Path.of("/p/classes"), Path.of("/r/lib.jar")),
                "com.example.App", Path.of("/p/tauri.conf.json"), List.of(), List.of("--automation"), Path.of("/p"), true);
        assertThat(launch.command()).containsExactly("/jdk/bin/java", "--enable-native-access=ALL-UNNAMED", "-Dtauri.dev=true",
                "-Dtauri.config=/p/tauri.conf.json", "-cp", "/p/classes:/r/lib.jar", "com.example.App", "--automation");
    }

    @Test
    void withoutAutomationNothingIsAdded() {
        var launch = new AppProcess.Launch(Path.of("/jdk/bin/java"), List.of(Path.of("/p/classes")), "com.example.App",
                Path.of("/p/tauri.conf.json"), List.of(), List.of(), Path.of("/p"), true);
        assertThat(launch.command()).doesNotContain("--automation");
        assertThat(launch.environment()).isEmpty();
    }
}
