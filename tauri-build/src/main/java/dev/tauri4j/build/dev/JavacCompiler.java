package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Recompiles all of the app's sources in-process with the JDK's compiler ({@code javax.tools}), with the options
 * the build tool uses (e.g. {@code --release 25 -parameters -g}). Compiling the whole tree instead of only the
 * changed files keeps dependants right and takes about a second for an app's backend.
 *
 * @param sourceRoots folders with .java files (src/main/java and generated sources)
 * @param classpath   the compile classpath (the output folder itself need not be on it)
 * @param outputDir   where the .class files go (target/classes)
 * @param options     javac options other than -d, -classpath and -sourcepath
 * @param encoding    the source encoding, or null for the platform's
 */
public record JavacCompiler(List<Path> sourceRoots, List<Path> classpath, Path outputDir, List<String> options,
                            Charset encoding) implements Compiler {

    public JavacCompiler {
        sourceRoots = List.copyOf(sourceRoots);
        classpath = List.copyOf(classpath);
        options = List.copyOf(options);
    }

    @Override
    public boolean compile(List<Path> changed, BuildLog log) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            log.warn("no Java compiler in " + System.getProperty("java.home") + ": run Maven with a JDK, not a JRE");
            return false;
        }
        List<File> sources = sources();
        if (sources.isEmpty()) return true;
        List<String> args = new ArrayList<>(options);
        args.add("-d");
        args.add(outputDir.toString());
        List<Path> cp = new ArrayList<>();
        cp.add(outputDir); // resources and classes javac need not rebuild, e.g. from other plugins
        for (Path p : classpath) if (!p.equals(outputDir)) cp.add(p);
        args.add("-classpath");
        args.add(String.join(File.pathSeparator, cp.stream().map(Path::toString).toList()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        long start = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.getDefault(), encoding)) {
            Files.createDirectories(outputDir);
            ok = javac.getTask(out, files, diagnostics, args, null, files.getJavaFileObjectsFromFiles(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // bad options (e.g. an unknown --release) surface here rather than as diagnostics
            log.warn("javac could not run: " + e.getMessage());
            return false;
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
            String text = where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.getDefault());
            if (d.getKind() == Diagnostic.Kind.ERROR) log.warn(text);
            else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) log.debug(text);
        }
        if (!out.toString().isBlank()) log.info(out.toString().strip());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ok) log.info("Compiled " + sources.size() + " source files in " + ms + " ms");
        return ok;
    }

    private List<File> sources() {
        List<File> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(p -> sources.add(p.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
