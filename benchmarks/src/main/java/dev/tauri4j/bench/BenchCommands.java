package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tauri4j.App;
import dev.tauri4j.Fn0;
import dev.tauri4j.Fn1;
import dev.tauri4j.Fn2;
import dev.tauri4j.internal.ipc.JsonCodec;
import java.util.Arrays;
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
            List<String> phases, int httpPort) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.warmup", 3000), Integer.getInteger("bench.seq", 10_000),
                    Integer.getInteger("bench.par", 20_000), Integer.getInteger("bench.parRounds", 3),
                    Integer.getInteger("bench.events", 300_000), Integer.getInteger("bench.eventRounds", 3),
                    Integer.getInteger("bench.binaryIterations", 7),
                    List.of(System.getProperty("bench.phases", "seq,par,binary,events").split(",")),
                    Integer.getInteger("bench.httpPort", 0));
        }
    }

    private record EventRound(long nanos, int count, boolean ordered) {}

    static final String RESULT_PREFIX = "BENCH_RESULT ";
    static final String FIRST_IPC_PREFIX = "FIRST_IPC ";
    static final String PHASES_PREFIX = "PHASES ";

    /** Made on first use: Jackson's start-up (~0.3 s here) must not sit in front of the hello app's window. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

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
    private final List<Long> serializeNanos = new CopyOnWriteArrayList<>();
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
                long now = Clock.epochMicros();
                if (probe != null) {
                    probe.phaseAt("firstCommand", now);
                    System.out.println(PHASES_PREFIX + Json.MAPPER.writeValueAsString(probe.phases()));
                }
                System.out.println(FIRST_IPC_PREFIX + now);
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
        // what EventBus.emit serialises per event (payload, and the event name again), without the rest of emit
        r.command("serializeOnly", (Integer n) -> {
            ObjectMapper mapper = JsonCodec.mapper();
            long start = System.nanoTime();
            long chars = 0;
            for (int i = 0; i < n; i++) chars += mapper.writeValueAsString(Map.of("i", i)).length() + mapper.writeValueAsString("e").length();
            serializeNanos.add(System.nanoTime() - start);
            return chars;
        });
        r.command("done", (Integer count, Boolean ordered) -> {
            long end = System.nanoTime();
            long start = burstStart;
            // the page may report before burst's own thread has noted its emit time: the list is read at report
            eventRounds.add(new EventRound(end - start, count, ordered));
            return null;
        });
        r.command("report", (JsonNode js) -> {
            System.out.println(RESULT_PREFIX + Json.MAPPER.writeValueAsString(result(js)));
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
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("settings", Json.MAPPER.valueToTree(settings));
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
        ArrayNode serialize = out.putArray("serializeSeconds");
        serializeNanos.forEach(ns -> serialize.add(ns / 1e9));
        if (probe != null) {
            out.set("probe", ProbeBreakdown.of(probe, pingNanos, pingMessages, n));
            long[] floors = probe.floors();
            int skip = Math.max(0, floors.length - settings.seq());
            out.set("floor", summary(Stats.intervalsMicros(Arrays.copyOfRange(floors, skip, floors.length), floors.length - skip)));
            out.set("uiThreadTransfers", ProbeBreakdown.transfers(probe.schemes()));
        }
        out.set("js", js);
        return out;
    }

    static ObjectNode summary(double[] micros) {
        ObjectNode o = Json.MAPPER.createObjectNode();
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
