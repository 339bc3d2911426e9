package dev.tauri4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proportional set size of a process tree by role. PSS splits each shared page among the processes mapping it,
 * so the parts add up: the app's and WebKit's share of the same libraries is not counted twice.
 */
final class Memory {

    /** kB of PSS, and the anonymous part of it (heap, stacks, JIT: what JVM flags can change). */
    record Pss(long totalKb, long anonKb) {
        Pss plus(Pss other) {
            return new Pss(totalKb + other.totalKb, anonKb + other.anonKb);
        }
    }

    static final String APP = "app";
    static final String WEB = "WebKitWebProcess";
    static final String NETWORK = "WebKitNetworkProcess";
    static final String OTHER = "other";

    private Memory() {}

    /** PSS by role for the root and its descendants; a process that exits meanwhile counts as zero. */
    static Map<String, Pss> byRole(List<ProcessHandle> tree) {
        Map<String, Pss> out = new LinkedHashMap<>();
        for (String role : List.of(APP, WEB, NETWORK, OTHER)) out.put(role, new Pss(0, 0));
        for (int i = 0; i < tree.size(); i++) {
            ProcessHandle h = tree.get(i);
            String role = i == 0 ? APP : roleOf(h);
            out.merge(role, read(h.pid()), Pss::plus);
        }
        return out;
    }

    private static String roleOf(ProcessHandle h) {
        String command = h.info().command().orElse("");
        String name = command.substring(command.lastIndexOf('/') + 1);
        if (name.isEmpty()) name = comm(h.pid());
        // /proc/<pid>/comm keeps only 15 characters: match on a prefix both forms share
        if (name.startsWith("WebKitWeb")) return WEB;
        if (name.startsWith("WebKitNetwork")) return NETWORK;
        return OTHER;
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    static Pss read(long pid) {
        long pss = 0;
        long anon = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) pss = kb(line);
                else if (line.startsWith("Pss_Anon:")) anon = kb(line);
            }
        } catch (IOException e) {
            return new Pss(0, 0);
        }
        return new Pss(pss, anon);
    }

    private static long kb(String line) {
        String[] parts = line.trim().split("\\s+");
        return Long.parseLong(parts[1]);
    }
}
