package dev.tauri4j.bench;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics over samples; percentiles by nearest rank, so a reported value is one that was measured. */
final class Stats {

    private Stats() {}

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    static double median(Collection<? extends Number> samples) {
        return median(samples.stream().mapToDouble(Number::doubleValue).toArray());
    }

    static double percentile(double[] samples, double p) {
        if (samples.length == 0) return Double.NaN;
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static double mean(double[] samples) {
        return samples.length == 0 ? Double.NaN : Arrays.stream(samples).average().orElseThrow();
    }

    static double max(double[] samples) {
        return Arrays.stream(samples).max().orElse(Double.NaN);
    }

    /** Differences between consecutive timestamps, in microseconds. */
    static double[] intervalsMicros(long[] nanos, int count) {
        double[] out = new double[Math.max(0, count - 1)];
        for (int i = 1; i < count; i++) out[i - 1] = (nanos[i] - nanos[i - 1]) / 1_000.0;
        return out;
    }
}
