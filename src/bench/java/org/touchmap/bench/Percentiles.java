package org.touchmap.bench;

import java.util.Arrays;

/** Median and 95th percentile of measured times, by the nearest-rank method. */
record Percentiles(double median, double p95, int count) {

    static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No times measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)), sorted.length);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
