package dev.tauri4j.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.tauri4j.Tauri;
import dev.tauri4j.config.TauriConfig;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's module exports the API and nothing else: an app compiled against it cannot reach the internals. */
class ModuleBoundaryTest {

    @TempDir Path dir;

    @Test
    void theModuleExportsOnlyTheApiPackages() {
        ModuleDescriptor runtime = ModuleFinder.of(location(Tauri.class)).find("dev.tauri4j.runtime").orElseThrow().descriptor();
        assertThat(runtime.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.tauri4j", "dev.tauri4j.menu", "dev.tauri4j.plugin", "dev.tauri4j.assets", "dev.tauri4j.testing");
        assertThat(runtime.packages()).anyMatch(p -> p.startsWith("dev.tauri4j.internal."));
        ModuleDescriptor config = ModuleFinder.of(location(TauriConfig.class)).find("dev.tauri4j.config").orElseThrow().descriptor();
        assertThat(config.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
                // minisign is API: plugins (class-path libraries) verify downloads with it, as the build signs with it
                .containsExactlyInAnyOrder("dev.tauri4j.config", "dev.tauri4j.config.capability", "dev.tauri4j.config.scope",
                        "dev.tauri4j.crypto.minisign");
    }

    @Test
    void aModularAppCompilesAgainstTheApi() throws Exception {
        assertThat(compileModularApp("import dev.tauri4j.Tauri; class Main { void run() { Tauri.builder(); } }")).isEmpty();
    }

    @Test
    void aModularAppThatUsesAnInternalClassDoesNotCompile() throws Exception {
        assertThat(compileModularApp("import dev.tauri4j.internal.ipc.Dispatcher; class Main { Dispatcher d; }"))
                .anyMatch(e -> e.contains("dev.tauri4j.internal.ipc") && e.contains("does not export"));
    }

    @Test
    void aClassPathAppWithTheRuntimeOnTheModulePathCannotUseInternalsEither() throws Exception {
        Path src = Files.createDirectories(dir.resolve("cp/app"));
        Files.writeString(src.resolve("Main.java"), "package app; import dev.tauri4j.internal.ipc.Dispatcher; class Main { Dispatcher d; }");
        assertThat(compile(List.of("--module-path", modulePath(), "--add-modules", "dev.tauri4j.runtime"), src.resolve("Main.java")))
                .anyMatch(e -> e.contains("dev.tauri4j.internal.ipc") && e.contains("does not export"));
    }

    private List<String> compileModularApp(String mainSource) throws Exception {
        Path src = Files.createDirectories(dir.resolve("mod/app"));
        Files.writeString(dir.resolve("mod/module-info.java"), "module app { requires dev.tauri4j.runtime; }");
        Files.writeString(src.resolve("Main.java"), "package app; " + mainSource);
        return compile(List.of("--module-path", modulePath()), dir.resolve("mod/module-info.java"), src.resolve("Main.java"));
    }

    /** The errors javac reports, empty when it compiled. */
    private List<String> compile(List<String> options, Path... sources) throws Exception {
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Path out = Files.createDirectories(dir.resolve("out" + System.nanoTime()));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            // an explicit, empty class path: javac would otherwise take this test's own, which holds the runtime's classes
            List<String> all = Stream.concat(options.stream(), Stream.of("-d", out.toString(), "-classpath", out.toString())).toList();
            javac.getTask(null, files, diagnostics, all, null, files.getJavaFileObjects(sources)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }

    private static String modulePath() {
        return Stream.of(Tauri.class, TauriConfig.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class, Jdk8Module.class,
                        com.fasterxml.jackson.dataformat.toml.TomlMapper.class)
                .map(ModuleBoundaryTest::location).map(Path::toString).collect(Collectors.toCollection(java.util.LinkedHashSet::new))
                .stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
