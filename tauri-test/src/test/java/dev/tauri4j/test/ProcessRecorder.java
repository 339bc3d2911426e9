package dev.tauri4j.test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Notes every process below this JVM while it runs. Processes on this machine that other builds started
 * never show up here, and orphans are caught while they still had their parent.
 */
final class ProcessRecorder implements AutoCloseable {

    /**
     * The latest name seen: a new child is still {@code java} (or {@code sh} for the launcher script) until
     * it execs, and a process that is gone has no name left to read.
     */
    private final Map<ProcessHandle, String> seen = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    ProcessRecorder() {
        poller = Thread.ofPlatform().daemon().name("process-recorder").start(() -> {
            while (running) {
                record();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Everything seen so far, by program name (e.g. {@code Xvfb}, {@code MiniBrowser}). */
    synchronized Set<String> names() {
        return new HashSet<>(seen.values());
    }

    synchronized Set<ProcessHandle> seen() {
        return Set.copyOf(seen.keySet());
    }

    /** The processes of {@code processes} with the program names seen for them, for a failure message. */
    synchronized String describe(java.util.Collection<ProcessHandle> processes) {
        StringBuilder out = new StringBuilder();
        for (ProcessHandle p : processes) {
            out.append(p.pid()).append(' ').append(seen.getOrDefault(p, "?"))
                    .append(p.info().commandLine().map(c -> " (" + c + ")").orElse("")).append("; ");
        }
        return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }

    private synchronized void record() {
        ProcessHandle.current().descendants().forEach(p -> p.info().command()
                .ifPresentOrElse(c -> seen.put(p, Path.of(c).getFileName().toString()), () -> seen.putIfAbsent(p, "?")));
    }
}
