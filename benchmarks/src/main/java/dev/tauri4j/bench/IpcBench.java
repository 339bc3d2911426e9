package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Launches the bench app (all IPC benchmarks) or the probe app (sequential calls, clocked) and reads its result. */
final class IpcBench {

    /** How many calls, events and iterations; {@link #quick()} is for checking the harness, not for numbers. */
    record Sizes(int warmup, int seq, int par, int parRounds, int events, int eventRounds, int binaryIterations) {
        static Sizes full() {
            return new Sizes(3000, 10_000, 20_000, 3, 300_000, 3, 7);
        }

        static Sizes quick() {
            return new Sizes(500, 2000, 5000, 2, 50_000, 2, 3);
        }
    }

    private final String java;
    private final String classpath;
    private final Map<String, String> env;
    private final Path logs;

    IpcBench(String java, String classpath, Map<String, String> env, Path logs) {
        this.java = java;
        this.classpath = classpath;
        this.env = env;
        this.logs = logs;
    }

    /** Runs {@code mode} with {@code phases}; {@code httpPort} > 0 adds the loopback-HTTP download baseline. */
    JsonNode run(String mode, Sizes sizes, String phases, int httpPort) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dbench.warmup=" + sizes.warmup(), "-Dbench.seq=" + sizes.seq(), "-Dbench.par=" + sizes.par(),
                "-Dbench.parRounds=" + sizes.parRounds(), "-Dbench.events=" + sizes.events(),
                "-Dbench.eventRounds=" + sizes.eventRounds(), "-Dbench.binaryIterations=" + sizes.binaryIterations(),
                "-Dbench.phases=" + phases, "-Dbench.httpPort=" + httpPort, "-cp", classpath, BenchApp.class.getName(), mode));
        Path log = logs.resolve(mode + ".log");
        try (Launched app = Launched.start(cmd, env, log)) {
            app.expect(BenchCommands.RESULT_PREFIX);
            String json = app.awaitLine(BenchCommands.RESULT_PREFIX, 15 * 60_000);
            if (json == null) throw new IOException("the " + mode + " app printed no result; see " + log);
            app.waitFor(10_000); // it exits by itself after reporting; close() ends it if it hangs
            JsonNode result = new ObjectMapper().readTree(json);
            if (result.path("js").has("error")) {
                throw new IOException("the " + mode + " page failed: " + result.path("js").path("error").asText() + "; see " + log);
            }
            return result;
        }
    }
}
