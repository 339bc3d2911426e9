package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** TAURI rows are judged against the targets; PROBED only explains where start-up goes; BASELINE is MiniBrowser. */
    enum Kind { TAURI, PROBED, BASELINE }

    /** One way to open the hello page; {@code command} gets the beacon port and the run id. */
    record Variant(String name, String flags, Kind kind, BiFunction<Integer, String, List<String>> command) {
        boolean tauri() {
            return kind != Kind.BASELINE;
        }
    }

    /**
     * One launch: milliseconds to the beacon and to the first invoke (tauri4j only, else NaN), start-up phases in
     * milliseconds after launch (probed only), and PSS by role.
     */
    record Launch(double beaconMs, double firstIpcMs, Map<String, Double> phasesMs, Map<String, Memory.Pss> memory) {
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

    static List<Variant> variants(String java, String classpath, List<String> tunedFlags, String jarClasspath, Path aotCache,
            Path helloFile) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("tauri4j", "", Kind.TAURI, (port, run) -> javaCommand(java, classpath, List.of(), "hello", port, run)));
        out.add(new Variant("tauri4j, tuned JVM", String.join(" ", tunedFlags), Kind.TAURI,
                (port, run) -> javaCommand(java, classpath, tunedFlags, "hello", port, run)));
        if (aotCache != null) {
            List<String> flags = new ArrayList<>(tunedFlags);
            flags.add("-XX:AOTCache=" + aotCache);
            out.add(new Variant("tauri4j, tuned JVM + AOT cache", String.join(" ", tunedFlags) + " -XX:AOTCache=…", Kind.TAURI,
                    (port, run) -> javaCommand(java, jarClasspath, flags, "hello", port, run)));
        }
        out.add(new Variant("tauri4j, probed", "", Kind.PROBED,
                (port, run) -> javaCommand(java, classpath, List.of(), "hello-probe", port, run)));
        out.add(new Variant("MiniBrowser (C)", "", Kind.BASELINE,
                (port, run) -> List.of(MINIBROWSER, helloFile.toUri().toString())));
        return out;
    }

    private static List<String> javaCommand(String java, String classpath, List<String> flags, String mode, int port, String run) {
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", classpath, BenchApp.class.getName(), mode, Integer.toString(port), run));
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
                System.err.printf("[bench] start-up %-31s round %d: beacon %.0f ms, first invoke %.0f ms, total PSS %d MB%s%n",
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
            app.expect(BenchCommands.PHASES_PREFIX);
            long arrived = beacon.await(run, 60_000);
            double beaconMs = arrived < 0 ? Double.NaN : (arrived - app.startNanos()) / 1e6;
            long launchMicros = Clock.epochMicros(app.startWall());
            double ipcMs = Double.NaN;
            Map<String, Double> phases = new LinkedHashMap<>();
            if (v.tauri()) {
                String micros = app.awaitLine(BenchCommands.FIRST_IPC_PREFIX, 30_000);
                if (micros != null) ipcMs = (Long.parseLong(micros.trim()) - launchMicros) / 1e3;
            }
            if (v.kind() == Kind.PROBED) {
                String json = app.awaitLine(BenchCommands.PHASES_PREFIX, 30_000);
                if (json != null) {
                    new ObjectMapper().readTree(json).properties().forEach(e -> phases.put(e.getKey(), (e.getValue().asLong() - launchMicros) / 1e3));
                }
            }
            Thread.sleep(settleMillis); // let the page and the JVM settle before reading memory
            return new Launch(beaconMs, ipcMs, phases, Memory.byRole(app.tree()));
        }
    }
}
