package dev.tauri4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One launched process: its launch instant, the marker lines it prints, and its whole tree (WebKit's helper
 * processes are its children) so that nothing it started outlives the benchmark.
 */
final class Launched implements AutoCloseable {

    /** Every tree still alive; a shutdown hook ends them if the runner is interrupted. */
    private static final Set<Launched> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(Launched::close), "bench-cleanup"));
    }

    private final Process process;
    private final long startNanos;
    private final Instant startWall;
    private final Map<String, CompletableFuture<String>> markers = new ConcurrentHashMap<>();
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    private Launched(Process process, long startNanos, Instant startWall) {
        this.process = process;
        this.startNanos = startNanos;
        this.startWall = startWall;
    }

    /** Starts {@code command}; its stdout is scanned for marker lines and copied, with stderr, to {@code log}. */
    static Launched start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Files.createDirectories(log.getParent());
        // the clocks are read as the last thing before the fork: a launch is measured from here
        Instant wall = Instant.now();
        long nanos = System.nanoTime();
        Process p = pb.start();
        Launched launched = new Launched(p, nanos, wall);
        LIVE.add(launched);
        Thread.ofPlatform().daemon().name("out-" + p.pid()).start(() -> launched.pump(log));
        return launched;
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                for (var m : markers.entrySet()) {
                    if (line.startsWith(m.getKey())) m.getValue().complete(line.substring(m.getKey().length()));
                }
                // the result line is long and already parsed: keep the log readable
                out.println(line.length() > 2000 ? line.substring(0, 2000) + " …" : line);
            }
        } catch (IOException e) {
            // the process went away; waiting callers time out
        }
    }

    /** The rest of the first line that starts with {@code prefix}, or null after the timeout. */
    String awaitLine(String prefix, long timeoutMillis) {
        CompletableFuture<String> f = markers.computeIfAbsent(prefix, k -> new CompletableFuture<>());
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    /** Registers interest in a marker before it can be printed (call right after start). */
    void expect(String prefix) {
        markers.computeIfAbsent(prefix, k -> new CompletableFuture<>());
    }

    long startNanos() {
        return startNanos;
    }

    Instant startWall() {
        return startWall;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean waitFor(long timeoutMillis) throws InterruptedException {
        return process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** The process and every descendant alive now; remembered so that close() can end them after a re-parent. */
    List<ProcessHandle> tree() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        try (Stream<ProcessHandle> d = process.toHandle().descendants()) {
            d.forEach(all::add);
        }
        seen.addAll(all);
        return all;
    }

    @Override
    public void close() {
        if (!LIVE.remove(this)) return;
        List<ProcessHandle> all = new ArrayList<>(tree());
        all.addAll(seen);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (ProcessHandle h : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // escalates below
            }
            // a GTK/WebKit process can hang in teardown (FACTS: only SIGKILL ended it)
            if (h.isAlive()) h.destroyForcibly();
        }
    }
}
