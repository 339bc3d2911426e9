package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.spi.ToolProvider;

/** Runs JDK tools in-process and host commands as child processes, failing with their output. */
final class Tools {

    private static final int MAX_SHOWN = 4000;

    private Tools() {
    }

    /** Runs a JDK tool (jdeps, jlink, jpackage) in this JVM and returns what it printed. */
    static String jdkTool(String name, List<String> args, BuildLog log) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new BundleException(
                name + " is not part of the Java running the build (" + System.getProperty("java.home")
                        + "). Fix: run the build on a full JDK 25 (e.g. Temurin 25), not a jlinked runtime"));
        log.debug(name + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        int rc;
        try (PrintWriter w = new PrintWriter(out)) {
            rc = tool.run(w, w, args.toArray(String[]::new));
        }
        String text = out.toString();
        if (rc != 0) {
            throw new BundleException(name + " failed with exit code " + rc + ":\n" + tail(text));
        }
        return text;
    }

    /** A command of the JDK running the build, e.g. {@code $JAVA_HOME/bin/jlink}. */
    static Path jdkCommand(String name) {
        Path exe = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(exe)) {
            throw new BundleException(name + " is not part of the Java running the build (" + System.getProperty(
                    "java.home") + "). Fix: run the build on a full JDK 25 (e.g. Temurin 25), not a jlinked runtime");
        }
        return exe;
    }

    /** Runs a host command with extra environment variables and returns its output (stdout and stderr). */
    static String exec(List<String> command, Map<String, String> env, BuildLog log) {
        log.debug(String.join(" ", command) + (env.isEmpty() ? "" : "  (env " + env + ")"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String text;
            try (InputStream in = p.getInputStream()) {
                text = new String(in.readAllBytes(), Charset.defaultCharset());
            }
            int rc = p.waitFor();
            if (rc != 0) {
                throw new BundleException(command.getFirst() + " failed with exit code " + rc + ":\n" + tail(text));
            }
            return text;
        } catch (IOException e) {
            throw new BundleException("could not run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** The executable's path when it is on the PATH. */
    static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Like {@link Files#createDirectories} without the checked exception. */
    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Tool output can be thousands of lines; the end holds the error.
    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= MAX_SHOWN ? t : "..." + t.substring(t.length() - MAX_SHOWN);
    }
}
