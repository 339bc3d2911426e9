package dev.tauri4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How to start the app under test: a Java main class (by default on this JVM and this classpath) or any
 * executable that speaks WebKitGTK automation. Immutable; each {@code with}-style method returns a copy.
 */
public final class AppLauncher {

    /** FFM calls into WebKitGTK warn (and will one day fail) without it. */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private final Path executable;
    private final String mainClass;
    private final List<String> jvmArgs;
    private final String classpath;
    private final List<String> args;
    private final Map<String, String> env;

    private AppLauncher(Path executable, String mainClass, List<String> jvmArgs, String classpath,
                        List<String> args, Map<String, String> env) {
        this.executable = executable;
        this.mainClass = mainClass;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.classpath = classpath;
        this.args = List.copyOf(args);
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** Runs {@code mainClass} with the current JVM, the current classpath and native access enabled. */
    public static AppLauncher mainClass(String mainClass) {
        Objects.requireNonNull(mainClass, "mainClass");
        return new AppLauncher(currentJava(), mainClass, List.of(NATIVE_ACCESS),
                System.getProperty("java.class.path", ""), List.of(), Map.of());
    }

    /** Runs the class's {@code main} with the current JVM, the current classpath and native access enabled. */
    public static AppLauncher mainClass(Class<?> mainClass) {
        return mainClass(mainClass.getName());
    }

    /** Runs a native program, e.g. WebKitGTK's MiniBrowser; it must accept {@code --automation}. */
    public static AppLauncher executable(Path program) {
        Objects.requireNonNull(program, "program");
        return new AppLauncher(program.toAbsolutePath(), null, List.of(), null, List.of(), Map.of());
    }

    /** Uses another {@code java} executable, e.g. a jlinked runtime's {@code bin/java}. */
    public AppLauncher java(Path javaExecutable) {
        requireJava("java(...)");
        return new AppLauncher(javaExecutable.toAbsolutePath(), mainClass, jvmArgs, classpath, args, env);
    }

    /** Adds JVM options after {@value #NATIVE_ACCESS}. */
    public AppLauncher jvmArgs(String... options) {
        requireJava("jvmArgs(...)");
        return new AppLauncher(executable, mainClass, concat(jvmArgs, options), classpath, args, env);
    }

    /** Replaces the classpath (by default this JVM's {@code java.class.path}). */
    public AppLauncher classpath(String newClasspath) {
        requireJava("classpath(...)");
        return new AppLauncher(executable, mainClass, jvmArgs, Objects.requireNonNull(newClasspath), args, env);
    }

    /** Adds program arguments; the driver's own ({@code --automation}) follow them. */
    public AppLauncher args(String... arguments) {
        return new AppLauncher(executable, mainClass, jvmArgs, classpath, concat(args, arguments), env);
    }

    /** Sets an environment variable for the app, on top of what it inherits. */
    public AppLauncher env(String name, String value) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a portable environment variable name: " + name);
        }
        Map<String, String> more = new LinkedHashMap<>(env);
        more.put(name, Objects.requireNonNull(value, "value"));
        return new AppLauncher(executable, mainClass, jvmArgs, classpath, args, more);
    }

    /** The command line, without the arguments WebKitWebDriver adds. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        if (mainClass != null) {
            command.addAll(jvmArgs);
            if (!classpath.isEmpty()) {
                command.add("-cp");
                command.add(classpath);
            }
            command.add(mainClass);
        }
        command.addAll(args);
        return List.copyOf(command);
    }

    /** The variables set for the app on top of the inherited environment. */
    public Map<String, String> environment() {
        return env;
    }

    @Override
    public String toString() {
        return "AppLauncher" + command() + (env.isEmpty() ? "" : " env " + env);
    }

    /** Fails before anything is started, so the message is about the launcher and not a driver timeout. */
    void validate() {
        if (!Files.isRegularFile(executable)) {
            throw new IllegalArgumentException("The app executable " + executable + " does not exist"
                    + (mainClass != null ? " (set another with AppLauncher.java(Path))" : ""));
        }
        if (!Files.isExecutable(executable)) {
            throw new IllegalArgumentException("The app executable " + executable + " is not executable:"
                    + " chmod +x " + executable);
        }
    }

    /**
     * Writes the program WebKitWebDriver is told to start. The driver needs one path and kills the process
     * it started, so the script must become the app ({@code exec}); it records its pid for clean-up and
     * sends the app's output to {@code log}, since the driver swallows it.
     */
    Path writeScript(Path dir, Path log, Path pidFile) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("# Written by the tauri4j test harness; WebKitWebDriver starts it with --automation.\n")
                .append("echo $$ > ").append(shellQuote(pidFile.toString())).append('\n');
        env.forEach((name, value) -> script.append("export ").append(name).append('=')
                .append(shellQuote(value)).append('\n'));
        script.append("exec ")
                .append(command().stream().map(AppLauncher::shellQuote).collect(Collectors.joining(" ")))
                .append(" \"$@\" >>").append(shellQuote(log.toString())).append(" 2>&1\n");
        try {
            Path file = dir.resolve("launch-app.sh");
            Files.writeString(file, script);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the app launcher script in " + dir, e);
        }
    }

    /** Single quotes keep every byte literal in sh; a single quote itself has to leave and re-enter them. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private void requireJava(String method) {
        if (mainClass == null) {
            throw new IllegalStateException(method + " applies to Java apps; " + executable + " is a native program");
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        for (String s : tail) {
            all.add(Objects.requireNonNull(s));
        }
        return all;
    }

    private static Path currentJava() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
