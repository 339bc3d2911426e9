package dev.tauri4j.build.dev;

import dev.tauri4j.build.BuildLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A log that keeps its lines, for assertions. */
final class RecordingLog implements BuildLog {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override public void info(String message) { lines.add("INFO " + message); }
    @Override public void warn(String message) { lines.add("WARN " + message); }
    @Override public void debug(String message) { lines.add("DEBUG " + message); }

    String text() {
        return String.join("\n", lines);
    }
}
