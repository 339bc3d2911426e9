package dev.tauri4j.build.frontend;

import dev.tauri4j.build.BuildLog;
import java.util.ArrayList;
import java.util.List;

/** A build log that keeps every line (and echoes it, so a failing test shows the tool output). */
public final class RecordingLog implements BuildLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        add("INFO", message);
    }

    @Override
    public synchronized void warn(String message) {
        add("WARN", message);
    }

    @Override
    public synchronized void debug(String message) {
        add("DEBUG", message);
    }

    /** Every line so far, as "LEVEL message". */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The messages logged at {@code level} (INFO, WARN or DEBUG). */
    public synchronized List<String> at(String level) {
        return lines.stream().filter(l -> l.startsWith(level + " ")).map(l -> l.substring(level.length() + 1))
                .toList();
    }

    /** Forgets the lines so far. */
    public synchronized void clear() {
        lines.clear();
    }

    private void add(String level, String message) {
        lines.add(level + " " + message);
        System.out.println("[" + level + "] " + message);
    }
}
