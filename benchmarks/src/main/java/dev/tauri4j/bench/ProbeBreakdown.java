package dev.tauri4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits each sequential round trip at four clocks: message on the UI thread, command start, answer eval start,
 * eval return; the next message closes the loop. Sequential calls with nothing else in flight give exactly one
 * answer eval per message, so message i pairs with eval i.
 */
final class ProbeBreakdown {

    private ProbeBreakdown() {}

    static ObjectNode of(ProbePlatform probe, long[] commandNanos, int[] messageIndex, int n) {
        double[] toCommand = new double[n];
        double[] toEval = new double[n];
        double[] eval = new double[n];
        double[] webkit = new double[n];
        double[] javaTotal = new double[n];
        int used = 0;
        int broken = 0;
        for (int k = 0; k < n; k++) {
            int j = messageIndex[k];
            if (j < 0 || j + 1 >= probe.messageCount() || j >= probe.evalCount()) continue;
            long msg = probe.message(j);
            long cmd = commandNanos[k];
            long evalStart = probe.evalStart(j);
            long evalEnd = probe.evalEnd(j);
            long next = probe.message(j + 1);
            if (!(msg <= cmd && cmd <= evalStart && evalStart <= evalEnd && evalEnd <= next)) {
                broken++; // the pairing assumption failed for this call: leave it out, and say how often
                continue;
            }
            toCommand[used] = (cmd - msg) / 1e3;
            toEval[used] = (evalStart - cmd) / 1e3;
            eval[used] = (evalEnd - evalStart) / 1e3;
            webkit[used] = (next - evalEnd) / 1e3;
            javaTotal[used] = (evalEnd - msg) / 1e3;
            used++;
        }
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("calls", used);
        o.put("unpaired", broken);
        o.set("messageToCommand", BenchCommands.summary(Arrays.copyOf(toCommand, used)));
        o.set("commandToEval", BenchCommands.summary(Arrays.copyOf(toEval, used)));
        o.set("evalCall", BenchCommands.summary(Arrays.copyOf(eval, used)));
        o.set("javaTotal", BenchCommands.summary(Arrays.copyOf(javaTotal, used)));
        o.set("webkitAndJs", BenchCommands.summary(Arrays.copyOf(webkit, used)));
        return o;
    }

    /** Median UI-thread milliseconds per transfer size: reading upload bodies, and handing download bytes to WebKit. */
    static ObjectNode transfers(ProbeSchemes schemes) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.set("bodyRead", bySize(schemes.bodyReads()));
        o.set("answer", bySize(schemes.answers()));
        return o;
    }

    private static ObjectNode bySize(List<ProbeSchemes.Transfer> transfers) {
        Map<Long, List<Double>> millis = new TreeMap<>();
        for (ProbeSchemes.Transfer t : transfers) millis.computeIfAbsent(t.bytes(), k -> new ArrayList<>()).add(t.nanos() / 1e6);
        ObjectNode o = new ObjectMapper().createObjectNode();
        millis.forEach((bytes, ms) -> {
            if (bytes >= 1 << 20) o.put(Long.toString(bytes), Stats.median(ms));
        });
        return o;
    }
}
