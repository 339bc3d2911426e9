package dev.tauri4j.internal.ipc;

import dev.tauri4j.Fn1;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a source file at test time with chosen javac flags, to see classes built without debug info. */
final class Javac {

    private Javac() {}

    static Class<?> compile(Path dir, String className, String source, String... options) throws Exception {
        Path src = dir.resolve("src");
        Path out = dir.resolve("out");
        Files.createDirectories(src);
        Files.createDirectories(out);
        Path file = src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        List<String> args = new ArrayList<>(List.of(options));
        // surefire's class path may be a manifest-only jar; point javac at the runtime's classes directly
        args.addAll(List.of("-cp", runtimeClasses(), "-d", out.toString(), file.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, System.err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed: " + status);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Javac.class.getClassLoader());
        return loader.loadClass(className);
    }

    private static String runtimeClasses() throws URISyntaxException, IOException {
        return Path.of(Fn1.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
