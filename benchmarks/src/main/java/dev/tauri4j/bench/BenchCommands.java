package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tauri4j.App;
import dev.tauri4j.Fn0;
import dev.tauri4j.Fn1;
import dev.tauri4j.Fn2;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The commands the bench and hello pages call, and the Java-side clocks they keep. */
final class BenchCommands {

    /** Where commands go: the public builder, or a bare registry for the probe run; same lambdas either way. */
    interface Registrar {
        <R> void command(String name, Fn0<R> fn);

        <A, R> void command(String name, Fn1<A, R> fn);

        <A, B, R> void command(String name, Fn2<A, B, R> fn);
    }

    /** What the page is asked to run; set by the runner through system properties. */
    record Settings(int warmup, int seq, int par, int parRounds, int events, int eventRounds, int binaryIterations,
            List<String> phases) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.warmup", 3000), Integer.getInteger("bench.seq", 10_000),
                    Integer.getInteger("bench.par", 20_000), Integer.getInteger("bench.parRounds", 3),
                    Integer.getInteger("bench.events", 300_000), Integer.getInteger("bench.eventRounds", 3),
                    Integer.getInteger("bench.binaryIterations", 7),
                    List.of(System.getProperty("bench.phases", "seq,par,binary,events").split(",")));
        }
    }

    private record EventRound(long nanos, int count, boolean ordered) {}

    static final String RESULT_PREFIX = "BENCH_RESULT ";
    static final String FIRST_IPC_PREFIX = "FIRST_IPC ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final ProbePlatform probe;
    private final CompletableFuture<App> app = new CompletableFuture<>();
    private final long[] pingNanos;
    private final int[] pingMessages;
    private final AtomicInteger pings = new AtomicInteger();
    private volatile boolean recording;
    private final Map<String, Long> marks = new ConcurrentHashMap<>();
    private final List<Double> parSeconds = new CopyOnWriteArrayList<>();
    private final Map<Integer, byte[]> payloads = new ConcurrentHashMap<>();
    private volatile long burstStart;
    private final List<Long> emitNanos = new CopyOnWriteArrayList<>();
    private final List<EventRound> eventRounds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean firstIpcSeen = new AtomicBoolean();

    BenchCommands(Settings settings, ProbePlatform probe) {
        this.settings = settings;
        this.probe = probe;
        this.pingNanos = new long[settings.seq()];
        this.pingMessages = new int[settings.seq()];
    }

    void started(App running) {
        app.complete(running);
    }

    void register(Registrar r) {
        r.command("hello", () -> {
            // the start-up benchmark's "first IPC message": the runner compares this wall clock with its launch time
            if (firstIpcSeen.compareAndSet(false, true)) {
                System.out.println(FIRST_IPC_PREFIX + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                System.out.flush();
            }
            return "Hello from Java " + Runtime.version().feature();
        });
        r.command("config", () -> settings);
        r.command("ping", (Integer n) -> {
            if (recording) {
                int i = pings.getAndIncrement();
                if (i < pingNanos.length) {
                    pingNanos[i] = System.nanoTime();
                    pingMessages[i] = probe == null ? -1 : probe.messageCount() - 1;
                }
            }
            return n;
        });
        r.command("mark", (String name) -> {
            mark(name, System.nanoTime());
            return null;
        });
        r.command("sink", (byte[] data) -> data.length);
        // cached, so Java->JS measures the transfer, not filling 16 MiB each call
        r.command("source", (Integer size) -> payloads.computeIfAbsent(size, BenchCommands::pattern));
        r.command("burst", (Integer n) -> {
            App a = app.join();
            long start = System.nanoTime();
            burstStart = start;
            for (int i = 0; i < n; i++) a.emit("e", Map.of("i", i));
            emitNanos.add(System.nanoTime() - start);
            return n;
        });
        r.command("done", (Integer count, Boolean ordered) -> {
            long end = System.nanoTime();
            long start = burstStart;
            // the page may report before burst's own thread has noted its emit time: the list is read at report
            eventRounds.add(new EventRound(end - start, count, ordered));
            return null;
        });
        r.command("report", (JsonNode js) -> {
            System.out.println(RESULT_PREFIX + JSON.writeValueAsString(result(js)));
            System.out.flush();
            app.join().exit(0);
            return null;
        });
    }

    private void mark(String name, long now) {
        switch (name) {
            case "seq" -> {
                pings.set(0);
                recording = true;
            }
            case "seq-end" -> recording = false;
            case "par-end" -> {
                Long start = marks.get("par-start");
                if (start != null) parSeconds.add((now - start) / 1e9);
            }
            default -> { }
        }
        marks.put(name, now);
    }

    static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) (i * 7 + 3);
        return b;
    }

    private ObjectNode result(JsonNode js) {
        ObjectNode out = JSON.createObjectNode();
        out.set("settings", JSON.valueToTree(settings));
        int n = Math.min(pings.get(), pingNanos.length);
        double[] rt = Stats.intervalsMicros(pingNanos, n);
        out.set("seq", summary(rt));
        ArrayNode par = out.putArray("parSeconds");
        parSeconds.forEach(par::add);
        ArrayNode events = out.putArray("events");
        for (int i = 0; i < eventRounds.size(); i++) {
            EventRound e = eventRounds.get(i);
            ObjectNode o = events.addObject();
            o.put("seconds", e.nanos() / 1e9);
            o.put("emitSeconds", i < emitNanos.size() ? emitNanos.get(i) / 1e9 : Double.NaN);
            o.put("count", e.count());
            o.put("ordered", e.ordered());
        }
        if (probe != null) out.set("probe", ProbeBreakdown.of(probe, pingNanos, pingMessages, n));
        out.set("js", js);
        return out;
    }

    static ObjectNode summary(double[] micros) {
        ObjectNode o = JSON.createObjectNode();
        o.put("n", micros.length);
        o.put("median", Stats.median(micros));
        o.put("p90", Stats.percentile(micros, 90));
        o.put("p99", Stats.percentile(micros, 99));
        o.put("p999", Stats.percentile(micros, 99.9));
        o.put("mean", Stats.mean(micros));
        o.put("max", Stats.max(micros));
        return o;
    }
}
