package dev.tauri4j.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A JDK 25 AOT cache (JEP 483/514) for the hello app: one training launch writes it, later launches map it.
 * It accepts only jars on the class path, so each module's classes folder is swapped for the jar beside it.
 */
final class AotCache {

    private AotCache() {}

    /** The class path with every {@code target/classes} folder replaced by its module's jar, or null if one has none. */
    static String jarClasspath(String classpath) throws IOException {
        List<String> out = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path target = p.getParent();
            if (target == null || !p.getFileName().toString().equals("classes")) return null;
            try (Stream<Path> jars = Files.list(target)) {
                List<Path> found = jars.filter(j -> j.toString().endsWith(".jar") && !j.toString().endsWith("-sources.jar")
                        && !j.toString().endsWith("-javadoc.jar") && !j.toString().endsWith("-tests.jar")).toList();
                if (found.size() != 1) return null;
                out.add(found.get(0).toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    /**
     * Launches the hello app once with {@code -XX:AOTCacheOutput}, waits for its first invoke, then ends it with
     * SIGTERM (the JVM writes the cache on the way out, in a child JVM); returns the cache, or null if none came.
     */
    static Path train(String java, String jarClasspath, List<String> flags, Beacon beacon, Map<String, String> env, Path dir)
            throws IOException, InterruptedException {
        Path cache = dir.resolve("hello.aot");
        Files.deleteIfExists(cache);
        String run = "aot-training-" + System.nanoTime();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", jarClasspath, BenchApp.class.getName(), "hello",
                Integer.toString(beacon.port()), run));
        try (Launched app = Launched.start(cmd, env, dir.resolve("aot-training.log"))) {
            app.expect(BenchCommands.FIRST_IPC_PREFIX);
            if (app.awaitLine(BenchCommands.FIRST_IPC_PREFIX, 60_000) == null) return null;
            Thread.sleep(1000);
            app.tree(); // remember WebKit's processes: they outlive the JVM and close() must find them
            app.handle().destroy();
            app.waitFor(180_000); // assembling the cache takes a while
        }
        return Files.isRegularFile(cache) && Files.size(cache) > 0 ? cache : null;
    }
}
