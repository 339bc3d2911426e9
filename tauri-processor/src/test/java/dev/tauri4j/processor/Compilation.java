package dev.tauri4j.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Runs javac in process with {@link CommandProcessor} over some sources, as a build would. */
final class Compilation {

    /** What one compile produced. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes, Path generated) {

        /** The errors as "File.java:line: message". */
        List<String> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "?" : fileName(d.getSource())) + ":"
                            + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .toList();
        }

        private static String fileName(JavaFileObject source) {
            String path = source.toUri().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** A file the processor wrote among the classes (resources), or null. */
        String resource(String path) {
            return read(classes.resolve(path));
        }

        /** A generated source file, by path under the generated-sources folder, or null. */
        String source(String path) {
            return read(generated.resolve(path));
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Compilation() {}

    /** A source file in memory: {@code path} such as {@code com/example/Greeter.java}. */
    static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** Compiles the files under {@code roots} and {@code extra} sources into {@code out}. */
    static Result compile(Path out, List<Path> files, List<JavaFileObject> extra) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(out.resolve("classes"));
        Path generated = Files.createDirectories(out.resolve("generated"));
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            fm.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            List<JavaFileObject> units = new ArrayList<>(extra);
            for (JavaFileObject f : fm.getJavaFileObjectsFromPaths(files)) units.add(f);
            List<String> options = List.of("-classpath", classpath(), "-parameters", "-g",
                    "-proc:full", "-Xlint:none", "-implicit:none");
            StringWriter log = new StringWriter();
            JavaCompiler.CompilationTask task = javac.getTask(log, fm, diagnostics, options, null, units);
            task.setProcessors(List.of(new CommandProcessor()));
            boolean ok = task.call();
            return new Result(ok, diagnostics.getDiagnostics(), classes, generated);
        }
    }

    /** Compiles in-memory sources only. */
    static Result compile(Path out, JavaFileObject... sources) throws IOException {
        return compile(out, List.of(), List.of(sources));
    }

    /** The example app's sources, the ones Maven also compiles with the processor for the real-window test. */
    static List<Path> exampleSources() throws IOException {
        try (var files = Files.list(Path.of("src/test/java/dev/tauri4j/processor/example"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** This JVM's classpath without the test classes, whose example app was already processed by Maven. */
    static String classpath() {
        return String.join(File.pathSeparator, java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).toList());
    }
}
