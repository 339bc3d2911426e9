package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The tables behind the summary: start-up and memory per process, the round trip split, each event burst. */
final class Details {

    private Details() {}

    static String startup(Map<String, List<StartupBench.Launch>> startup, List<StartupBench.Variant> variants) {
        StringBuilder out = new StringBuilder();
        out.append("| Variant | Flags | Launch → beacon, median (all) | Launch → first invoke | App process PSS (anon) "
                + "| WebKitWebProcess | WebKitNetworkProcess | Other | Total |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (StartupBench.Variant v : variants) {
            List<StartupBench.Launch> ls = startup.get(v.name());
            double[] beacon = ls.stream().mapToDouble(StartupBench.Launch::beaconMs).toArray();
            double[] ipc = ls.stream().mapToDouble(StartupBench.Launch::firstIpcMs).toArray();
            String all = ls.stream().map(l -> String.format(Locale.ROOT, "%.0f", l.beaconMs())).collect(Collectors.joining(", "));
            out.append("| ").append(String.join(" | ", v.name(), v.flags().isEmpty() ? (v.tauri() ? "JVM defaults" : "–") : "`" + v.flags() + "`",
                    Fmt.millis(Stats.median(beacon)) + " (" + all + ")",
                    v.tauri() ? Fmt.millis(Stats.median(ipc)) : "–",
                    Fmt.mb(role(ls, Memory.APP, false)) + " (" + Fmt.mb(role(ls, Memory.APP, true)) + ")",
                    Fmt.mb(role(ls, Memory.WEB, false)), Fmt.mb(role(ls, Memory.NETWORK, false)),
                    Fmt.mb(role(ls, Memory.OTHER, false)),
                    Fmt.mb(Stats.median(ls.stream().mapToDouble(StartupBench.Launch::totalKb).toArray())))).append(" |\n");
        }
        return out.toString();
    }

    private static double role(List<StartupBench.Launch> ls, String role, boolean anon) {
        return Stats.median(ls.stream().mapToDouble(l -> anon ? l.memory().get(role).anonKb() : l.memory().get(role).totalKb()).toArray());
    }

    static String roundTrip(JsonNode probe) {
        JsonNode p = probe.path("probe");
        StringBuilder out = new StringBuilder();
        out.append("| Segment of one sequential round trip | median | p90 | p99 |\n|---|---|---|---|\n");
        segment(out, "UI thread has the message → command body starts (virtual thread, JSON parse, dispatch, 2nd virtual thread, binding)", p.path("messageToCommand"));
        segment(out, "command returns → answer's evaluate_javascript starts (result JSON, outbox, g_idle_add, UI thread wakes)", p.path("commandToEval"));
        segment(out, "evaluate_javascript call itself (FFM downcall; WebKit queues the script)", p.path("evalCall"));
        segment(out, "**Java total** (message on UI thread → eval returned)", p.path("javaTotal"));
        segment(out, "eval returned → next message on UI thread (WebKit IPC both ways, page JS, postMessage, jsc_value_to_string)", p.path("webkitAndJs"));
        segment(out, "**whole round trip** (probe run, inter-arrival at the command)", probe.path("seq"));
        segment(out, "floor: same invoke, answered on the UI thread at once with the bridge's own answer format", probe.path("floor"));
        out.append("\n").append(p.path("calls").asInt()).append(" calls split; ").append(p.path("unpaired").asInt())
                .append(" left out because their clocks were out of order.\n");
        return out.toString();
    }

    private static void segment(StringBuilder out, String name, JsonNode s) {
        out.append("| ").append(String.join(" | ", name, Fmt.micros(s.path("median").asDouble(Double.NaN)),
                Fmt.micros(s.path("p90").asDouble(Double.NaN)), Fmt.micros(s.path("p99").asDouble(Double.NaN)))).append(" |\n");
    }

    static String events(JsonNode bench) {
        int n = bench.path("settings").path("events").asInt();
        StringBuilder out = new StringBuilder("| Burst | burst → page done | events/s end to end | Java emit loop alone | emit-only rate | received | in order |\n|---|---|---|---|---|---|---|\n");
        int i = 1;
        for (JsonNode e : bench.path("events")) {
            double s = e.path("seconds").asDouble();
            double emit = e.path("emitSeconds").asDouble(Double.NaN);
            out.append("| ").append(String.join(" | ", Integer.toString(i++), Fmt.millis(s * 1000), Fmt.rate(n / s, "events"),
                    Fmt.millis(emit * 1000), Fmt.rate(n / emit, "events"), Fmt.count(e.path("count").asLong()),
                    e.path("ordered").asBoolean() ? "yes" : "**no**")).append(" |\n");
        }
        double serialize = Stats.median(Report.doubles(bench.path("serializeSeconds"), JsonNode::asDouble));
        out.append("\nJava alone, the two Jackson calls emit makes per event (payload and event name), ").append(Fmt.count(n))
                .append(" times: ").append(Fmt.millis(serialize * 1000)).append(" (").append(Fmt.rate(n / serialize, "events"))
                .append("), median of ").append(bench.path("serializeSeconds").size()).append(".\n");
        return out.toString();
    }

    static String transfers(JsonNode probe) {
        JsonNode t = probe.path("uiThreadTransfers");
        StringBuilder out = new StringBuilder("| Size | JS → Java: reading the request body (UI thread) | Java → JS: answer handed to WebKit (UI thread) |\n|---|---|---|\n");
        t.path("bodyRead").properties().forEach(e -> out.append("| ").append(Long.parseLong(e.getKey()) >> 20).append(" MiB | ")
                .append(String.format(Locale.ROOT, "%.1f ms", e.getValue().asDouble())).append(" | ")
                .append(t.path("answer").has(e.getKey()) ? String.format(Locale.ROOT, "%.1f ms", t.path("answer").path(e.getKey()).asDouble()) : "n/a")
                .append(" |\n"));
        return out.toString();
    }

    static String phases(Map<String, List<StartupBench.Launch>> startup, List<StartupBench.Variant> variants) {
        StartupBench.Variant probed = variants.stream().filter(v -> v.kind() == StartupBench.Kind.PROBED).findFirst().orElse(null);
        if (probed == null || startup.get(probed.name()).isEmpty()) return "";
        List<StartupBench.Launch> ls = startup.get(probed.name());
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String phase : ls.get(0).phasesMs().keySet()) {
            medians.put(phase, Stats.median(ls.stream().mapToDouble(l -> l.phasesMs().getOrDefault(phase, Double.NaN)).toArray()));
        }
        medians.put("beacon (page script ran)", Stats.median(ls.stream().mapToDouble(StartupBench.Launch::beaconMs).toArray()));
        StringBuilder out = new StringBuilder("| Phase (reached at) | ms after launch, median | ms since previous |\n|---|---|---|\n");
        double previous = 0;
        for (var e : medians.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            out.append("| ").append(String.join(" | ", PHASE_NAMES.getOrDefault(e.getKey(), e.getKey()), Fmt.millis(e.getValue()),
                    Fmt.millis(e.getValue() - previous))).append(" |\n");
            previous = e.getValue();
        }
        return out.toString();
    }

    private static final Map<String, String> PHASE_NAMES = Map.of(
            "main", "main() entered (JVM started)",
            "platformStart", "platform start begins (app classes and config done)",
            "platformStarted", "platform started (FFM libraries and handles, gtk_init, web context, schemes)",
            "windowOpen", "window opening begins",
            "windowOpened", "window and webview created, load started",
            "firstSchemeRequest", "first tauri:// request (the page)",
            "pageCommitted", "page committed",
            "firstMessage", "first IPC message on the UI thread",
            "firstCommand", "first command runs (FIRST_IPC)");

    static String binary(JsonNode bench, JsonNode probe) {
        StringBuilder out = new StringBuilder("| Transfer | calls per sample | samples (MB/s) |\n|---|---|---|\n");
        binaryRows(out, bench, "");
        if (probe != null) binaryRows(out, probe, " (probe run)");
        return out.toString();
    }

    private static void binaryRows(StringBuilder out, JsonNode run, String suffix) {
        for (JsonNode b : run.path("js").path("binary")) {
            String samples = StreamSupport.stream(b.path("mbps").spliterator(), false)
                    .map(v -> String.format(Locale.ROOT, "%.0f", v.asDouble())).collect(Collectors.joining(", "));
            String dir = switch (b.path("direction").asText()) {
                case "js->java" -> "JS → Java";
                case "java->js" -> "Java → JS";
                default -> "loopback HTTP → JS (the runner's JDK HttpServer; no tauri4j)";
            };
            out.append("| ").append(String.join(" | ", (b.path("size").asLong() >> 20) + " MiB " + dir + suffix,
                    b.path("batch").asText(), samples)).append(" |\n");
        }
    }
}
