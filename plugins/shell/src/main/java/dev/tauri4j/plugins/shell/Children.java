package dev.tauri4j.plugins.shell;

import dev.tauri4j.CommandException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The spawned children still running, by pid, with the window whose page spawned each. */
final class Children {

    private record Child(Process process, String window) {}

    private final Map<Long, Child> running = new ConcurrentHashMap<>();

    void add(Process process, String window) {
        running.put(process.pid(), new Child(process, window));
    }

    void remove(long pid) {
        running.remove(pid);
    }

    /** Writes to the child's stdin; an unknown pid is ignored, as in Tauri. */
    void write(long pid, byte[] bytes) {
        Child child = running.get(pid);
        if (child == null) return;
        try {
            OutputStream in = child.process().getOutputStream();
            in.write(bytes);
            in.flush();
        } catch (IOException e) {
            throw new CommandException("IO_ERROR", "writing to the stdin of process " + pid + " failed: " + e.getMessage());
        }
    }

    /** Kills the child (SIGKILL, as Tauri's kill); an unknown pid is ignored, as in Tauri. */
    void kill(long pid) {
        Child child = running.remove(pid);
        if (child != null) child.process().destroyForcibly();
    }

    /** Kills what the page of {@code window} spawned. */
    void killOf(String window) {
        running.forEach((pid, child) -> {
            if (child.window().equals(window)) kill(pid);
        });
    }

    void killAll() {
        running.keySet().forEach(this::kill);
    }
}
