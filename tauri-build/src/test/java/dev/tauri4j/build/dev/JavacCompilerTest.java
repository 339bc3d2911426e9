package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavacCompilerTest {

    @TempDir
    Path dir;

    @Test
    void compilesTheTreeWithTheGivenOptionsAndReportsErrorsWithFileAndLine() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/p"));
        Files.writeString(src.resolve("A.java"), "package p; public class A { public void greet(String name) {} }");
        JavacCompiler javac = new JavacCompiler(List.of(dir.resolve("src")), List.of(), dir.resolve("classes"),
                List.of("--release", "25", "-parameters", "-g"), StandardCharsets.UTF_8);
        RecordingLog log = new RecordingLog();
        assertThat(javac.compile(List.of(), log)).as(log.text()).isTrue();
        assertThat(dir.resolve("classes/p/A.class")).exists();

        Files.writeString(src.resolve("A.java"), "package p;\npublic class A {\n  int x = \"no\";\n}");
        log.lines.clear();
        assertThat(javac.compile(List.of(src.resolve("A.java")), log)).isFalse();
        assertThat(log.text()).contains("WARN " + src.resolve("A.java") + ":3: error: ");
    }
}
