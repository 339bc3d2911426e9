package dev.tauri4j.build.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.build.BuildLog;
import dev.tauri4j.build.frontend.BindingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev loop's recompile with the processor path tauri:dev passes: the {@code @Command} processor runs, and the
 * bindings it regenerates reach the frontend only when a command's signature changed.
 */
class JavacProcessorTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override public void info(String message) { }
        @Override public void warn(String message) { warnings.add(message); }
        @Override public void debug(String message) { }
    };

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void recompilingRunsTheCommandProcessorAndTheBindingsFollowTheSource() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/main/java/app"));
        Path frontend = Files.createDirectories(dir.resolve("web/src")).getParent();
        Path classes = dir.resolve("target/classes");
        Path greeter = src.resolve("Greeter.java");
        Files.writeString(greeter, """
                package app;
                public class Greeter {
                    @dev.tauri4j.Command public static String greet(String name) { return "Hello, " + name; }
                }
                """);
        JavacCompiler javac = new JavacCompiler(List.of(dir.resolve("src/main/java")),
                List.of(codeSource(dev.tauri4j.Command.class)), classes,
                List.of("--release", "25", "-g", "-processorpath", codeSource(dev.tauri4j.processor.CommandProcessor.class).toString()),
                null);

        assertThat(javac.compile(List.of(greeter), log)).as("compile: %s", warnings).isTrue();
        assertThat(classes.resolve("app/GeneratedCommands.class")).exists();
        assertThat(classes.resolve("META-INF/services/dev.tauri4j.CommandRegistrar")).hasContent("app.GeneratedCommands");
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.WRITTEN);
        assertThat(Files.readString(frontend.resolve("src/bindings.ts")))
                .contains("export async function greet(name: string): Promise<string>");

        // a change inside a method body: same bindings, nothing rewritten
        Files.writeString(greeter, Files.readString(greeter).replace("\"Hello, \"", "\"Hi, \""));
        assertThat(javac.compile(List.of(greeter), log)).isTrue();
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.UNCHANGED);

        // a new parameter: the bindings change
        Files.writeString(greeter, Files.readString(greeter).replace("String name)", "String name, int times)"));
        assertThat(javac.compile(List.of(greeter), log)).isTrue();
        assertThat(BindingsFile.place(classes, frontend, null, log)).isEqualTo(BindingsFile.Outcome.WRITTEN);
        assertThat(Files.readString(frontend.resolve("src/bindings.ts"))).contains("greet(name: string, times: number)");
    }
}
