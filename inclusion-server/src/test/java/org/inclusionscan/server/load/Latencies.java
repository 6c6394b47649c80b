package org.inclusionscan.server.load;

import java.util.Arrays;

/**
 * Latencies of one kind of request, recorded from many threads; percentiles by the nearest-rank method
 * over every sample (a run has at most a few hundred thousand, so no histogram is needed).
 */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds, or 0 without samples. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
    }

    synchronized double maxMillis() {
        return percentileMillis(100);
    }
}
