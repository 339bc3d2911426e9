package dev.tauri4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Start-up and settled memory of the hello page: tauri4j (default and tuned JVM flags) and WebKitGTK's own C
 * MiniBrowser, launched in turns so that a noisy stretch of the machine hurts all of them alike.
 */
final class StartupBench {

    static final String MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

    /** One way to open the hello page; {@code command} gets the beacon port and the run id. */
    record Variant(String name, String flags, boolean tauri, BiFunction<Integer, String, List<String>> command) {}

    /** One launch: milliseconds to the beacon and to the first invoke (tauri4j only, else -1), and PSS by role. */
    record Launch(double beaconMs, double firstIpcMs, Map<String, Memory.Pss> memory) {
        long totalKb() {
            return memory.values().stream().mapToLong(Memory.Pss::totalKb).sum();
        }
    }

    private final Beacon beacon;
    private final Map<String, String> env;
    private final Path logs;
    private final long settleMillis;

    StartupBench(Beacon beacon, Map<String, String> env, Path logs, long settleMillis) {
        this.beacon = beacon;
        this.env = env;
        this.logs = logs;
        this.settleMillis = settleMillis;
    }

    static List<Variant> variants(String java, String classpath, List<String> tunedFlags, Path helloFile) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("tauri4j", "", true, (port, run) -> javaCommand(java, classpath, List.of(), port, run)));
        out.add(new Variant("tauri4j, tuned JVM", String.join(" ", tunedFlags), true,
                (port, run) -> javaCommand(java, classpath, tunedFlags, port, run)));
        out.add(new Variant("MiniBrowser (C)", "", false,
                (port, run) -> List.of(MINIBROWSER, helloFile.toUri().toString())));
        return out;
    }

    private static List<String> javaCommand(String java, String classpath, List<String> flags, int port, String run) {
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", classpath, BenchApp.class.getName(), "hello", Integer.toString(port), run));
        return cmd;
    }

    /** The hello page as a file, for MiniBrowser: the bytes tauri4j serves from the jar, with the port filled in. */
    static Path extractHello(Path dir, int port) throws IOException {
        Path file = dir.resolve("hello.html");
        try (InputStream in = StartupBench.class.getClassLoader().getResourceAsStream("bench/assets/hello.html")) {
            if (in == null) throw new IOException("bench/assets/hello.html is not on the class path");
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(file, page.replace("'BEACON_PORT'", "'" + port + "'"));
        }
        return file;
    }

    /** {@code launches} measured rounds after one unmeasured warm-up round; results by variant name. */
    Map<String, List<Launch>> run(List<Variant> variants, int launches) throws IOException, InterruptedException {
        Map<String, List<Launch>> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v.name(), new ArrayList<>()));
        for (int round = 0; round <= launches; round++) {
            for (Variant v : variants) {
                Launch launch = once(v, round);
                if (round > 0) results.get(v.name()).add(launch);
                System.err.printf("[bench] start-up %-20s round %d: beacon %.0f ms, first invoke %.0f ms, total PSS %d MB%s%n",
                        v.name(), round, launch.beaconMs(), launch.firstIpcMs(),
                        launch.totalKb() / 1024,
                        round == 0 ? " (warm-up, not counted)" : "");
            }
        }
        return results;
    }

    private Launch once(Variant v, int round) throws IOException, InterruptedException {
        String run = v.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + round + "-" + System.nanoTime();
        List<String> command = v.command().apply(beacon.port(), run);
        beacon.arm(run);
        try (Launched app = Launched.start(command, env, logs.resolve("startup-" + run + ".log"))) {
            app.expect(BenchCommands.FIRST_IPC_PREFIX);
            long arrived = beacon.await(run, 60_000);
            double beaconMs = arrived < 0 ? Double.NaN : (arrived - app.startNanos()) / 1e6;
            double ipcMs = -1;
            if (v.tauri()) {
                String micros = app.awaitLine(BenchCommands.FIRST_IPC_PREFIX, 30_000);
                ipcMs = micros == null ? Double.NaN
                        : (Long.parseLong(micros.trim()) - ChronoUnit.MICROS.between(Instant.EPOCH, app.startWall())) / 1e3;
            }
            Thread.sleep(settleMillis); // let the page and the JVM settle before reading memory
            return new Launch(beaconMs, ipcMs, Memory.byRole(app.tree()));
        }
    }
}
