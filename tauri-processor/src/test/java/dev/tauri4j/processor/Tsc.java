package dev.tauri4j.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The TypeScript compiler the build installed into {@code target/npm} (with the real {@code @tauri-apps/api}). */
final class Tsc {

    /** Where npm installed typescript and @tauri-apps/api; files under it resolve both. */
    static final Path NPM = Path.of("target/npm").toAbsolutePath();

    /** The generated bindings of the example app, as Maven's test compile wrote them. */
    static final Path BINDINGS = Path.of("target/test-classes", CommandProcessor.BINDINGS).toAbsolutePath();

    /** Exit code and output of one run. */
    record Run(int exit, String output) {}

    private Tsc() {}

    /** Runs {@code tsc} with {@code args} in {@code dir}. */
    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        Path tsc = NPM.resolve("node_modules/typescript/bin/tsc");
        if (!Files.exists(tsc)) throw new IllegalStateException(tsc + " is missing: the build's npm install did not run");
        List<String> command = new ArrayList<>(List.of("node", tsc.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("tsc did not finish in 120 s");
        }
        return new Run(p.exitValue(), output);
    }

    /** A fresh folder under {@code target/npm} holding the example's bindings.ts, so that imports resolve. */
    static Path workspace(String name) throws IOException {
        Path dir = NPM.resolve(name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        Files.copy(BINDINGS, dir.resolve("bindings.ts"));
        return dir;
    }
}
