package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs every benchmark once, side by side on one display, and prints the results as Markdown.
 * Options: {@code --out FILE}, {@code --quick} (small counts: checks the harness, not the numbers),
 * {@code --launches N} (start-up rounds, 5), {@code --settle S} (seconds before reading memory, 3),
 * {@code --only ipc|startup}.
 */
public final class BenchRunner {

    /**
     * JVM flags of the "tuned" rows: a small heap, the simplest collector, the C1 compiler only, a small code cache.
     * No -Xss: thread stacks count only as far as they are touched, and the UI thread runs deep GTK/WebKit frames.
     */
    static final List<String> TUNED_FLAGS = List.of("-Xms8m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=16m");

    private BenchRunner() {}

    public static void main(String[] rawArgs) throws Exception {
        List<String> args = new ArrayList<>();
        // the Maven profile passes extra options as one string
        for (String a : rawArgs) args.addAll(Arrays.stream(a.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        Path out = option(args, "--out") == null ? null : Path.of(option(args, "--out")).toAbsolutePath();
        boolean quick = args.contains("--quick");
        int launches = Integer.parseInt(orElse(option(args, "--launches"), quick ? "2" : "5"));
        long settle = (long) (Double.parseDouble(orElse(option(args, "--settle"), "3")) * 1000);
        String only = option(args, "--only");
        Path logs = out != null ? out.resolveSibling("bench-logs") : Files.createTempDirectory("tauri4j-bench");
        Files.createDirectories(logs);

        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = System.getProperty("java.class.path");
        JsonNode bench = null;
        JsonNode probe = null;
        Map<String, List<StartupBench.Launch>> startup = null;
        List<StartupBench.Variant> variants;
        try (Display display = Display.acquire(); Beacon beacon = new Beacon()) {
            Path hello = StartupBench.extractHello(logs, beacon.port());
            variants = StartupBench.variants(java, classpath, TUNED_FLAGS, null, null, hello);
            Thread hook = new Thread(display::close, "xvfb-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            Map<String, String> env = Map.of("DISPLAY", display.name());
            System.err.println("[bench] display " + display.name() + (display.ownXvfb() ? " (own Xvfb)" : "") + ", logs in " + logs);
            if (only == null || only.equals("ipc")) {
                IpcBench ipc = new IpcBench(java, classpath, env, logs);
                IpcBench.Sizes sizes = quick ? IpcBench.Sizes.quick() : IpcBench.Sizes.full();
                System.err.println("[bench] IPC benchmarks (sequential, parallel, binary, events) ...");
                bench = ipc.run("bench", sizes, "seq,par,binary,events", 0);
                System.err.println("[bench] probe run: sequential, floor and binary again (and binary over loopback HTTP), with clocks at the platform seam ...");
                probe = ipc.run("probe", sizes, "seq,floor,binary", beacon.port());
            }
            if (only == null || only.equals("startup")) {
                String jars = AotCache.jarClasspath(classpath);
                Path aot = null;
                if (jars == null) {
                    System.err.println("[bench] no AOT cache row: a class path folder has no jar beside it (run the package phase)");
                } else {
                    System.err.println("[bench] training an AOT cache for the hello app ...");
                    aot = AotCache.train(java, jars, TUNED_FLAGS, beacon, env, logs);
                    if (aot == null) System.err.println("[bench] no AOT cache row: training wrote no cache; see " + logs.resolve("aot-training.log"));
                }
                variants = StartupBench.variants(java, classpath, TUNED_FLAGS, jars, aot, hello);
                System.err.println("[bench] start-up and memory, " + launches + " rounds after a warm-up round ...");
                startup = new StartupBench(beacon, env, logs, settle).run(variants, launches);
            }
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        String markdown = render(bench, probe, startup, variants, quick);
        System.out.println(markdown);
        if (out != null) {
            Files.writeString(out, markdown);
            System.err.println("[bench] written to " + out);
        }
    }

    private static String render(JsonNode bench, JsonNode probe, Map<String, List<StartupBench.Launch>> startup,
            List<StartupBench.Variant> variants, boolean quick) {
        StringBuilder md = new StringBuilder();
        md.append("### tauri4j benchmarks, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n");
        md.append(machine()).append(quick ? "\n\n**Quick run: small counts, for checking the harness only.**" : "").append("\n\n");
        md.append(new Report(bench, probe, startup, variants).summary()).append('\n');
        if (probe != null) md.append("#### Where a sequential round trip goes (probe run)\n\n").append(Details.roundTrip(probe)).append('\n');
        if (bench != null) {
            md.append("#### Java → JS event bursts\n\n").append(Details.events(bench)).append('\n');
            md.append("#### Binary samples\n\n").append(Details.binary(bench, probe)).append('\n');
        }
        if (probe != null) md.append("#### UI-thread time of binary transfers (probe run)\n\n").append(Details.transfers(probe)).append('\n');
        if (startup != null) {
            md.append("#### Start-up and memory per process (medians)\n\n").append(Details.startup(startup, variants)).append('\n');
            md.append("#### Where start-up goes (probed tauri4j launches)\n\n").append(Details.phases(startup, variants));
        }
        return md.toString();
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return "Machine: " + cpuModel() + ", " + rt.availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + "; Java " + Runtime.version() + "; WebKitGTK " + webkitVersion()
                + ". Shared and noisy: compare rows of one run, not runs.";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String webkitVersion() {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-W", "-f", "${Version}", "libwebkit2gtk-4.1-0").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && !v.isEmpty() ? v : "(version unknown)";
        } catch (IOException | InterruptedException e) {
            return "(version unknown)";
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
