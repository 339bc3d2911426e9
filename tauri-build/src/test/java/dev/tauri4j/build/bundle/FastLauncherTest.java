package dev.tauri4j.build.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastLauncherTest {

    private static final List<String> CFG = List.of(
            "[Application]",
            "app.classpath=$APPDIR/app.jar",
            "app.classpath=$APPDIR/lib one.jar",
            "app.mainclass=com.example.Main",
            "",
            "[JavaOptions]",
            "java-options=-Djpackage.app-version=1.0",
            "java-options=--enable-native-access=ALL-UNNAMED",
            "java-options=-Dgreeting=it's here",
            "java-options=-Dhome=$ROOTDIR/x");

    @Test
    void shellWordsQuoteLiteralsAndExpandJpackageMacros() {
        assertThat(FastLauncher.word("-Xss1m")).isEqualTo("-Xss1m");
        assertThat(FastLauncher.word("a b")).isEqualTo("'a b'");
        assertThat(FastLauncher.word("it's")).isEqualTo("'it'\\''s'");
        assertThat(FastLauncher.word("$APPDIR/a.jar:$BINDIR")).isEqualTo("\"$app/lib/app\"/a.jar:\"$app/bin\"");
        assertThat(FastLauncher.word("")).isEqualTo("''");
    }

    @Test
    void scriptPassesTheConfigsOptionsClasspathAndArguments(@TempDir Path dir) throws Exception {
        String script = FastLauncher.script(CFG, "demo");
        assertThat(script).startsWith("#!/bin/sh\n").contains("app=/opt/demo").contains("exec \"$app/lib/runtime/bin/java\"");

        Path bin = install(dir, script);

        List<String> args = Fixtures.run(bin.toString(), "x y", "z").lines().toList();

        String home = dir + "/usr/bin/../../opt/demo";
        assertThat(args).containsExactly(
                "-Djpackage.app-version=1.0",
                "--enable-native-access=ALL-UNNAMED",
                "-Dgreeting=it's here",
                "-Dhome=" + home + "/x",
                "-Djpackage.app-path=" + home + "/bin/demo",
                "-cp", home + "/lib/app/app.jar:" + home + "/lib/app/lib one.jar",
                "com.example.Main", "x y", "z");
    }

    @Test
    void aotCacheOptionsGoBeforeTheMainClassAndOnlyWhereTheCacheFolderWorks(@TempDir Path dir) throws Exception {
        String script = FastLauncher.script(CFG, "demo", new FastLauncher.AotCache("com.example.demo", "0123abcd"));
        Path bin = install(dir, script);
        Path cache = dir.resolve("cache");
        String aot = cache + "/com.example.demo/demo-0123abcd.aot";

        List<String> first = Fixtures.run(List.of(bin.toString(), "x y"), Map.of("XDG_CACHE_HOME",
                cache.toString())).lines().toList();
        assertThat(first).containsSubsequence("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + aot + ".conf", "-XX:-DisplayVMOutput", "com.example.Main", "x y");
        assertThat(first.getLast()).isEqualTo("x y");
        assertThat(cache.resolve("com.example.demo")).isDirectory();

        Files.writeString(Path.of(aot), "cache");
        List<String> later = Fixtures.run(List.of(bin.toString(), "x y"), Map.of("XDG_CACHE_HOME",
                cache.toString())).lines().toList();
        assertThat(later).containsSubsequence("-XX:AOTCache=" + aot, "com.example.Main", "x y")
                .doesNotContain("-XX:AOTMode=record");

        // A cache folder that cannot be made (here under a file): the plain start, nothing on the terminal.
        Path file = Files.writeString(dir.resolve("a-file"), "");
        List<String> none = Fixtures.run(List.of(bin.toString(), "x y"), Map.of("XDG_CACHE_HOME",
                file.toString())).lines().toList();
        assertThat(none).noneMatch(a -> a.startsWith("-XX:AOT")).endsWith("com.example.Main", "x y");
    }

    // The script as /usr/bin/demo beside a fake runtime whose "java" prints its arguments, one per line.
    private static Path install(Path dir, String script) throws Exception {
        Path java = Files.createDirectories(dir.resolve("opt/demo/lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        java.toFile().setExecutable(true);
        Path bin = Files.createDirectories(dir.resolve("usr/bin")).resolve("demo");
        Files.writeString(bin, script);
        bin.toFile().setExecutable(true);
        return bin;
    }

    @Test
    void unknownLauncherSettingsStopTheBuild() {
        assertThatThrownBy(() -> FastLauncher.script(List.of("app.mainmodule=m/x.Main"), "demo"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.mainmodule");
    }
}
