package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastLaunchTest {

    /** Stands in for tauri-runtime's DevLauncher (tauri-build does not depend on the runtime): the same contract. */
    private static final String LAUNCHER = """
            package dev.tauri4j.internal.runtime;
            public final class DevLauncher {
                public static void main(String[] args) throws Exception {
                    var urls = new java.util.ArrayList<java.net.URL>();
                    for (String f : System.getProperty("tauri.dev.classes").split(java.io.File.pathSeparator)) {
                        if (!f.isBlank()) urls.add(java.nio.file.Path.of(f).toUri().toURL());
                    }
                    var loader = new java.net.URLClassLoader("app", urls.toArray(java.net.URL[]::new), DevLauncher.class.getClassLoader());
                    Class.forName(System.getProperty("tauri.dev.main"), true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
                }
            }
            """;

    private static final String APP = """
            package app;
            public class Main {
                public static void main(String[] args) throws Exception {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), Main.class.getClassLoader().getName()
                        + "|" + System.getProperty("java.class.path") + "|" + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void splitPutsOnlyJarsOnTheClassPathAndHandsFoldersToTheLauncher() throws Exception {
        Path runtime = jar("tauri-runtime-1.0.jar", true);
        Path other = jar("jackson-databind-2.jar", false);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        AppProcess.Launch launch = launch(List.of(classes, runtime, other), List.of("-Dx=1"));

        AppProcess.Launch split = FastLaunch.split(launch).orElseThrow();

        assertThat(split.classpath()).containsExactly(runtime, other);
        assertThat(split.mainClass()).isEqualTo(FastLaunch.LAUNCHER);
        assertThat(split.jvmArgs()).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dx=1", "-Dtauri.dev.main=app.Main", "-Dtauri.dev.classes=" + classes.toAbsolutePath());
        assertThat(split.args()).isEqualTo(launch.args());
    }

    @Test
    void withoutARuntimeJarHoldingTheLauncherTheAppStartsThePlainWay() throws Exception {
        Path fakeRuntime = jar("tauri-runtime-0.1.jar", false);
        Path reactorRuntime = Files.createDirectories(dir.resolve("tauri-runtime/target/classes"));

        assertThat(FastLaunch.split(launch(List.of(dir.resolve("classes"), fakeRuntime), List.of()))).isEmpty();
        assertThat(FastLaunch.split(launch(List.of(dir.resolve("classes"), reactorRuntime), List.of()))).isEmpty();
        RecordingLog log = new RecordingLog();
        assertThat(FastLaunch.of(launch(List.of(fakeRuntime), List.of()), dir.resolve("cache"), log)).isNotInstanceOf(FastLaunch.class);
        assertThat(log.text()).contains("without the AOT cache");
    }

    @Test
    void firstLaunchRecordsThenTheCacheIsAssembledAndUsedUntilAJarChanges() throws Exception {
        Path runtime = compiledJar("tauri-runtime-1.0.jar", "DevLauncher", LAUNCHER);
        Path classes = dir.resolve("classes");
        RecordingLog log = new RecordingLog();
        writeApp();
        assertThat(new JavacCompiler(List.of(dir.resolve("src-app")), List.of(), classes, List.of("--release", "25"), StandardCharsets.UTF_8)
                .compile(List.of(), log)).as(log.text()).isTrue();
        Path cacheDir = dir.resolve("target/tauri-dev");
        Path report = dir.resolve("report.txt");
        AppLauncher launcher = FastLaunch.of(launch(List.of(classes, runtime), List.of(), report), cacheDir, log);
        assertThat(launcher).isInstanceOf(FastLaunch.class);

        String first = runOnce(launcher, report);
        assertThat(first).startsWith("app|" + runtime + "|").contains("-XX:AOTMode=record");
        Path aot = cacheDir.resolve("app.aot");
        for (int i = 0; i < 1200 && !Files.exists(cacheDir.resolve("app.key")) && !Files.exists(cacheDir.resolve("app.failed")); i++) Thread.sleep(50);
        assertThat(aot).as(log.text()).isRegularFile();

        String second = runOnce(launcher, report);
        assertThat(second).startsWith("app|").contains("-XX:AOTCache=" + aot).doesNotContain("AOTMode=record");

        // a changed jar (another dependency version, a rebuilt runtime) invalidates the cache: record again
        Files.setLastModifiedTime(runtime, FileTime.fromMillis(Files.getLastModifiedTime(runtime).toMillis() + 10_000));
        String third = runOnce(launcher, report);
        assertThat(third).contains("-XX:AOTMode=record");
        assertThat(aot).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeAssembledIsNotTriedAgainForTheSameJars() throws Exception {
        Path runtime = jar("tauri-runtime-1.0.jar", true);
        AppProcess.Launch launch = FastLaunch.split(launch(List.of(runtime), List.of())).orElseThrow();
        RecordingLog log = new RecordingLog();
        AotCache cache = new AotCache(dir.resolve("cache"), log);

        assertThat(cache.next(launch)).isEqualTo(AotCache.Use.RECORD);
        assertThat(cache.next(launch)).as("one recording at a time").isEqualTo(AotCache.Use.NONE);
        cache.recorded(launch); // that JVM never wrote its configuration (killed): not a failure, record again
        assertThat(cache.next(launch)).isEqualTo(AotCache.Use.RECORD);
        Files.writeString(dir.resolve("cache/app.aotconf"), "not an AOT configuration");
        cache.recorded(launch);

        assertThat(log.text()).contains("assembling failed");
        assertThat(cache.next(launch)).isEqualTo(AotCache.Use.NONE);
        assertThat(cache.flags(AotCache.Use.NONE)).isEmpty();
        assertThat(new AotCache(dir.resolve("cache"), log).next(launch)).as("remembered across sessions").isEqualTo(AotCache.Use.NONE);
    }

    private void writeApp() throws Exception {
        Files.createDirectories(dir.resolve("src-app/app"));
        Files.writeString(dir.resolve("src-app/app/Main.java"), APP);
    }

    private static String runOnce(AppLauncher launcher, Path report) throws Exception {
        Files.deleteIfExists(report);
        RunningApp app = launcher.launch();
        assertThat(app.onExit().get(60, TimeUnit.SECONDS)).isZero();
        return Files.readString(report);
    }

    private AppProcess.Launch launch(List<Path> classpath, List<String> jvmArgs, Path... report) {
        List<String> args = report.length == 0 ? List.of("x") : List.of(report[0].toString());
        return new AppProcess.Launch(AppProcess.Launch.currentJava(), classpath, "app.Main", dir.resolve("tauri.conf.json"),
                jvmArgs, args, dir, false);
    }

    private Path jar(String name, boolean withLauncher) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(withLauncher ? "dev/tauri4j/internal/runtime/DevLauncher.class" : "other/Thing.class"));
            out.write(new byte[] {1});
            out.closeEntry();
        }
        return jar;
    }

    private Path compiledJar(String name, String simpleName, String source) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src-launcher/dev/tauri4j/internal/runtime"));
        Files.writeString(src.resolve(simpleName + ".java"), source);
        Path out = dir.resolve("launcher-classes");
        RecordingLog log = new RecordingLog();
        assertThat(new JavacCompiler(List.of(dir.resolve("src-launcher")), List.of(), out, List.of("--release", "25"), StandardCharsets.UTF_8)
                .compile(List.of(), log)).as(log.text()).isTrue();
        Path jar = dir.resolve(name);
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(jar))) {
            jarOut.putNextEntry(new JarEntry("dev/tauri4j/internal/runtime/" + simpleName + ".class"));
            Files.copy(out.resolve("dev/tauri4j/internal/runtime/" + simpleName + ".class"), jarOut);
        }
        return jar;
    }
}
