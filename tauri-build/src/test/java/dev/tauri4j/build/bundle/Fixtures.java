package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Tiny apps compiled on the fly, and the other files the bundle tests feed in. */
final class Fixtures {

    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    static final String HELLO = """
            package hello;
            public class Hello {
                public static void main(String[] args) {
                    String greeting = System.getProperty("hello.greeting");
                    System.out.println("Hello" + (greeting == null ? "" : " (" + greeting + ")")
                            + (args.length == 0 ? "" : " " + String.join(" ", args)));
                }
            }
            """;

    // Records, trees, maps and dates: the Jackson paths a tauri4j app uses, none through java.sql or java.desktop.
    static final String JACKSON = """
            package jx;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import java.util.*;
            public class Jx {
                public record Point(String name, int n, List<String> tags) {}
                public static void main(String[] args) throws Exception {
                    ObjectMapper m = new ObjectMapper();
                    String json = m.writeValueAsString(new Point("p", 1, List.of("a")));
                    Point back = m.readValue(json, Point.class);
                    Map<?, ?> map = m.readValue("{\\"d\\":\\"2020-01-01\\"}", Map.class);
                    Date d = m.readValue("1577836800000", Date.class);
                    System.out.println(json + " " + back.equals(new Point("p", 1, List.of("a"))) + " "
                            + m.readTree("[1,2.5,true,null]") + " " + map + " " + d.getTime());
                }
            }
            """;

    static final String SQL = """
            package sq;
            public class Sq {
                public static void main(String[] args) {
                    System.out.println(new java.sql.Timestamp(0L).getTime());
                }
            }
            """;

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/bundle/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** jackson-databind, -core and -annotations, from the test classpath. */
    static List<Path> jacksonJars() {
        return Stream.of(ObjectMapper.class, JsonFactory.class, JsonProperty.class).map(Fixtures::jarOf).toList();
    }

    /**
     * Compiles {@code source} (one class {@code mainClass}) into {@code dir/<name>.jar} with a Main-Class and fixed
     * entry times, so the same source gives the same jar bytes.
     */
    static Path jar(Path dir, String name, String mainClass, String source, List<Path> classpath) {
        try {
            Path src = dir.resolve("src-" + name);
            Path classes = dir.resolve("classes-" + name);
            Path file = src.resolve(mainClass.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.createDirectories(classes);
            Files.writeString(file, source);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "25"));
            if (!classpath.isEmpty()) {
                args.addAll(List.of("-cp", String.join(":", classpath.stream().map(Path::toString).toList())));
            }
            args.add(file.toString());
            int rc = javac.run(null, null, null, args.toArray(String[]::new));
            if (rc != 0) throw new IllegalStateException("javac failed for " + mainClass);

            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
            Path jar = dir.resolve(name + ".jar");
            FileTime time = FileTime.from(TIMESTAMP);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
                JarEntry m = new JarEntry("META-INF/MANIFEST.MF");
                m.setLastModifiedTime(time);
                jos.putNextEntry(m);
                manifest.write(jos);
                jos.closeEntry();
                try (Stream<Path> all = Files.walk(classes)) {
                    for (Path c : all.filter(Files::isRegularFile).sorted().toList()) {
                        JarEntry e = new JarEntry(classes.relativize(c).toString());
                        e.setLastModifiedTime(time);
                        jos.putNextEntry(e);
                        jos.write(Files.readAllBytes(c));
                        jos.closeEntry();
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request for the hello app with every Linux target, a timestamp, icon and license. */
    static BundleRequest.Builder hello(Path appJar, Path root) {
        return BundleRequest.builder()
                .appJar(appJar)
                .mainClass("hello.Hello")
                .productName("Hello Bundle")
                .version("1.2.0-beta.1")
                .identifier("dev.tauri4j.test.hello")
                .publisher("tauri4j tests <tests@tauri4j.dev>")
                .shortDescription("A tiny app for the bundle tests")
                .longDescription("It prints Hello.\n\nNothing more.")
                .homepage("https://tauri4j.dev")
                .copyright("Copyright 2026 tauri4j")
                .license("MIT")
                .licenseFile(resource("LICENSE.txt"))
                .category("DeveloperTool")
                .icon(resource("icon-32.png"))
                .targets(BundleTarget.APP_IMAGE, BundleTarget.DEB, BundleTarget.RPM)
                .debDepends(List.of("libnotify4"))
                .rpmDepends(List.of("libnotify"))
                .jvmOptions(List.of("-Dhello.greeting=it's \"here\"", "-Xss1m"))
                .outputDir(root.resolve("bundle"))
                .workDir(root.resolve("work"))
                .outputTimestamp(TIMESTAMP);
    }

    /** A log that prints, so test output shows what each step did. */
    static BuildLog printingLog() {
        return new BuildLog() {
            @Override
            public void info(String message) {
                System.out.println("[info] " + message);
            }

            @Override
            public void warn(String message) {
                System.out.println("[warn] " + message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }

    /**
     * Runs a command, returning its output; fails the test on a non-zero exit. Packaged launchers keep an AOT cache
     * under XDG_CACHE_HOME; unless {@code env} sets it, it names a folder that cannot exist, so that they keep none
     * (and nothing lands in the home of whoever runs the tests).
     */
    static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("XDG_CACHE_HOME", "/dev/null/no-cache");
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            int rc = p.waitFor();
            if (rc != 0) throw new AssertionError(String.join(" ", command) + " exited " + rc + ":\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String run(String... command) {
        return run(List.of(command), Map.of());
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
