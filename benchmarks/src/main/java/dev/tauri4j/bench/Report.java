package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The summary table: each benchmark next to what WebKit alone does (MiniBrowser, or a no-runtime floor), with its target. */
final class Report {

    static final double TARGET_RT_US = 200;
    static final double TARGET_BINARY_MBPS = 200;
    static final double TARGET_EVENTS = 500_000;
    static final double TARGET_START_RATIO = 1.5;
    static final double TARGET_PSS_MB = 120;

    private final JsonNode bench;
    private final JsonNode probe;
    private final Map<String, List<StartupBench.Launch>> startup;
    private final List<StartupBench.Variant> variants;
    private final StringBuilder out = new StringBuilder();

    Report(JsonNode bench, JsonNode probe, Map<String, List<StartupBench.Launch>> startup, List<StartupBench.Variant> variants) {
        this.bench = bench;
        this.probe = probe;
        this.startup = startup;
        this.variants = variants;
    }

    String summary() {
        out.append("| # | Benchmark | tauri4j | Baseline: WebKit alone | Target | Verdict |\n");
        out.append("|---|-----------|---------|-------------|--------|---------|\n");
        if (bench != null) ipcRows();
        if (startup != null) startupRows();
        return out.toString();
    }

    private void row(String n, String what, String tauri, String baseline, String target, String verdict) {
        out.append("| ").append(String.join(" | ", n, what, tauri, baseline, target, verdict)).append(" |\n");
    }

    private void ipcRows() {
        JsonNode seq = bench.path("seq");
        double median = seq.path("median").asDouble(Double.NaN);
        JsonNode floor = probe == null ? null : probe.path("floor");
        row("1", "Sequential invoke round trip, median (" + Fmt.count(seq.path("n").asLong()) + " calls after "
                + Fmt.count(bench.path("settings").path("warmup").asLong()) + " warm-up); baseline: the floor, the same"
                + " invoke answered at once on the UI thread with no runtime (probe run)",
                Fmt.micros(median), floor == null ? "–" : Fmt.micros(floor.path("median").asDouble(Double.NaN)),
                "≤ " + Fmt.micros(TARGET_RT_US), Fmt.verdict(median <= TARGET_RT_US));
        row("1", "Sequential invoke round trip, p99", Fmt.micros(seq.path("p99").asDouble(Double.NaN)),
                floor == null ? "–" : Fmt.micros(floor.path("p99").asDouble(Double.NaN)), "–", "–");
        if (probe != null) {
            row("1", "… of which in Java: message on the UI thread → answer's eval returned, median (probe run)",
                    Fmt.micros(probe.path("probe").path("javaTotal").path("median").asDouble(Double.NaN)) + " of "
                            + Fmt.micros(probe.path("seq").path("median").asDouble(Double.NaN)), "–", "–", "–");
        }
        int par = bench.path("settings").path("par").asInt();
        double parRate = par / Stats.median(doubles(bench.path("parSeconds"), JsonNode::asDouble));
        row("2", "Parallel invokes (Promise.all of " + Fmt.count(par) + "), median of "
                + bench.path("parSeconds").size() + " rounds", Fmt.rate(parRate, "calls"), "–", "–", "–");
        for (JsonNode b : bench.path("js").path("binary")) {
            long size = b.path("size").asLong();
            boolean up = b.path("direction").asText().equals("js->java");
            double mbps = Stats.median(doubles(b.path("mbps"), JsonNode::asDouble));
            boolean big = size >= 16L << 20;
            double http = up ? Double.NaN : httpBaseline(size);
            row("3", "Binary " + (size >> 20) + " MiB " + (up ? "JS → Java" : "Java → JS") + ", median of " + b.path("mbps").size()
                    + (up ? "" : "; baseline: the same bytes fetched from a loopback HTTP server (probe run)"),
                    Fmt.mbps(mbps), Double.isNaN(http) ? "–" : Fmt.mbps(http), big ? "≥ " + Fmt.mbps(TARGET_BINARY_MBPS) : "–",
                    big ? Fmt.verdict(mbps >= TARGET_BINARY_MBPS) : "–");
        }
        int n = bench.path("settings").path("events").asInt();
        double rate = eventRate();
        row("4", "Java → JS events (" + Fmt.count(n) + " per burst, median of " + bench.path("events").size() + "), "
                + (eventsIntact() ? "all arrived, in order" : "**LOST OR REORDERED**"),
                Fmt.rate(rate, "events"), "–", "≥ " + Fmt.rate(TARGET_EVENTS, "events"),
                Fmt.verdict(rate >= TARGET_EVENTS && eventsIntact()));
    }

    private double httpBaseline(long size) {
        if (probe == null) return Double.NaN;
        for (JsonNode b : probe.path("js").path("binary")) {
            if (b.path("direction").asText().equals("http->js") && b.path("size").asLong() == size) {
                return Stats.median(doubles(b.path("mbps"), JsonNode::asDouble));
            }
        }
        return Double.NaN;
    }

    double eventRate() {
        int n = bench.path("settings").path("events").asInt();
        return n / Stats.median(doubles(bench.path("events"), e -> e.path("seconds").asDouble()));
    }

    boolean eventsIntact() {
        int n = bench.path("settings").path("events").asInt();
        for (JsonNode e : bench.path("events")) {
            if (e.path("count").asInt() != n || !e.path("ordered").asBoolean()) return false;
        }
        return bench.path("events").size() == bench.path("settings").path("eventRounds").asInt();
    }

    private void startupRows() {
        List<String> tauris = variants.stream().filter(v -> v.kind() == StartupBench.Kind.TAURI).map(StartupBench.Variant::name).toList();
        String tauri = tauris.get(0);
        String baseline = variants.stream().filter(v -> v.kind() == StartupBench.Kind.BASELINE).findFirst().orElseThrow().name();
        double baseStart = median(baseline, StartupBench.Launch::beaconMs);
        int launches = startup.get(tauri).size();
        for (String name : tauris) {
            double start = median(name, StartupBench.Launch::beaconMs);
            double ratio = start / baseStart;
            row("5", "Launch → hello page script ran (image beacon), " + name + ", median of " + launches
                    + "; in brackets: first invoke reaches Java; baseline: MiniBrowser, same page and beacon", Fmt.millis(start) + " = " + Fmt.ratio(ratio)
                    + " (" + Fmt.millis(median(name, StartupBench.Launch::firstIpcMs)) + ")", Fmt.millis(baseStart),
                    "≤ " + Fmt.ratio(TARGET_START_RATIO) + " MiniBrowser", Fmt.verdict(ratio <= TARGET_START_RATIO));
        }
        for (String name : tauris) {
            double app = median(name, l -> l.memory().get(Memory.APP).totalKb());
            row("6", "PSS of the app process (" + name + "), hello page settled; baseline: MiniBrowser's UI process",
                    Fmt.mbExact(app), Fmt.mbExact(median(baseline, l -> l.memory().get(Memory.APP).totalKb())),
                    "≤ " + Fmt.mb(TARGET_PSS_MB * 1024), Fmt.verdict(app / 1024 <= TARGET_PSS_MB));
        }
        row("6", "PSS of the whole tree (app + WebKit processes), " + tauri + "; baseline: MiniBrowser's tree",
                Fmt.mb(median(tauri, StartupBench.Launch::totalKb)), Fmt.mb(median(baseline, StartupBench.Launch::totalKb)), "–", "–");
    }

    double median(String variant, ToDoubleFunction<StartupBench.Launch> f) {
        return Stats.median(startup.get(variant).stream().mapToDouble(f).toArray());
    }

    static double[] doubles(JsonNode array, ToDoubleFunction<JsonNode> f) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(array.get(i));
        return out;
    }
}
