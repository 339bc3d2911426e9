package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Links a small runtime image from the running JDK (Temurin 25 ships no jmods; jlink reads its own image). */
final class JlinkStep {

    /**
     * The linked runtime.
     *
     * @param dir     its folder (holds bin/java)
     * @param modules every module in it, as jlink resolved them
     * @param bytes   its size on disk
     */
    record Runtime(Path dir, List<String> modules, long bytes) {
    }

    private JlinkStep() {
    }

    static Runtime run(List<String> addModules, BundleRequest request, Path dir, BuildLog log) {
        Trees.delete(dir);
        Tools.mkdirs(dir.getParent());
        // A child process, not ToolProvider: jlink's generate-jli-classes plugin builds the java.lang.invoke holder
        // classes inside the JVM it runs in, and their bytes follow that JVM's history. In-process, two links in one
        // test JVM gave different lib/modules in 2 of 4 runs; a fresh jlink JVM gives the same bytes every time.
        // zip-0 (stored): the packages are xz-compressed, and xz finds far more in plain class files than in zipped
        // ones: lib/modules is 25.9 MB stored and 5.2 MB in xz, against 11.8 MB zipped and 11.2 MB in xz.
        Tools.exec(List.of(Tools.jdkCommand("jlink").toString(), "--add-modules", String.join(",", addModules),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=zip-0",
                "--output", dir.toString()), Map.of(), log);
        long linked = Trees.size(dir);
        StringBuilder what = new StringBuilder("jlink: " + Trees.mb(linked));

        if (request.stripNativeSymbols()) what.append(strip(dir, log));
        if (request.cdsArchive()) {
            // Without the JDK's default CDS archive a linked runtime starts a trivial app in ~65 ms instead of ~31 ms.
            // The archive's bytes depend on the heap size, so pin it as the JDK build does, not this machine's RAM.
            Tools.exec(List.of(java(dir).toString(), "-Xms128m", "-Xmx128m", "-Xshare:dump"), Map.of(), log);
            long cds = sizeOf(dir.resolve("lib/server/classes.jsa"));
            what.append(", CDS archive +").append(Trees.mb(cds));
        }
        String version = Tools.exec(List.of(java(dir).toString(), "--version"), Map.of(), log).lines().findFirst()
                .orElse("?");
        List<String> modules = modules(dir);
        long bytes = Trees.size(dir);
        log.info(what + " -> " + Trees.mb(bytes) + " runtime, " + modules.size()
                + (modules.size() == 1 ? " module (" : " modules (") + String.join(", ", modules) + "), starts: " + version);
        return new Runtime(dir, modules, bytes);
    }

    // The symbol tables of libjvm.so alone are ~5 MB; --strip-debug (jlink's or strip's) leaves them, as
    // Temurin's libraries carry no debug sections. Crash logs then show addresses instead of native names.
    private static String strip(Path dir, BuildLog log) {
        Optional<Path> strip = Tools.onPath("strip");
        if (strip.isEmpty()) {
            log.info("strip is not on the PATH, so the runtime keeps its native symbol tables (about 5 MB). "
                    + "Fix: install binutils");
            return "";
        }
        List<String> cmd = new ArrayList<>(List.of(strip.get().toString(), "--strip-unneeded"));
        try (Stream<Path> all = Files.walk(dir.resolve("lib"))) {
            all.filter(p -> p.getFileName().toString().endsWith(".so") && Files.isRegularFile(p))
                    .sorted().forEach(p -> cmd.add(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long before = Trees.size(dir);
        Tools.exec(cmd, Map.of(), log);
        return ", strip -" + Trees.mb(before - Trees.size(dir));
    }

    static Path java(Path runtime) {
        return runtime.resolve("bin/java");
    }

    private static List<String> modules(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve("release"))) {
                if (line.startsWith("MODULES=")) {
                    String v = line.substring("MODULES=".length()).replace("\"", "").strip();
                    return Arrays.stream(v.split("\\s+")).filter(s -> !s.isEmpty()).toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
