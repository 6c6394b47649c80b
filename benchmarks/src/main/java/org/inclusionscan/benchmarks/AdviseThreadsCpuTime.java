package org.inclusionscan.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import org.inclusionscan.rules.Advisor;

/**
 * Thread scaling of {@code Advisor.advise} in thread CPU time, which a busy machine disturbs far less than
 * wall time (issue 25, item 1): rounds with one advising thread and rounds with two alternate in one JVM, on
 * one shared advisor and 1,024 generated score cards. For each thread it records CPU time per advice
 * ({@code ThreadMXBean}) and wall time; when the threads hold each other up (a lock, a pool, a shared cache
 * line) the CPU per advice grows with the second thread or its wall time grows beyond its CPU time. On a
 * quiet 2-core machine the wall throughput per thread is what {@link AdviseThreadsBenchmark} measures.
 *
 * <pre>java -cp ... org.inclusionscan.benchmarks.AdviseThreadsCpuTime warm-up-seconds rounds scans-per-round</pre>
 */
public final class AdviseThreadsCpuTime {

    private AdviseThreadsCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int scans = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Advisor advisor = Advisor.defaults();
        Inputs.Case[] cases = Inputs.adviseCases("generated", advisor);
        long end = System.nanoTime() + warmUp * 1_000_000_000L;
        while (System.nanoTime() < end) {
            round(advisor, cases, 2, scans);
        }
        double[][] cpu = new double[3][rounds];
        double[][] wall = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                long[][] measured = round(advisor, cases, threads, scans);
                cpu[threads][round] = Arrays.stream(measured[0]).average().orElseThrow() / 1000.0 / scans;
                wall[threads][round] = Arrays.stream(measured[1]).average().orElseThrow() / 1000.0 / scans;
            }
        }
        System.out.printf(Locale.ROOT, "Advisor.advise, generated cards, warm-up %d s, %d rounds of %d scans per thread, %d cores, load %s%n",
                warmUp, rounds, scans, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf(Locale.ROOT, "%-8s %14s %14s %14s %16s%n", "threads", "CPU us p25", "CPU us median", "CPU us p75", "wall us median");
        for (int threads = 1; threads <= 2; threads++) {
            double[] c = cpu[threads].clone();
            double[] w = wall[threads].clone();
            Arrays.sort(c);
            Arrays.sort(w);
            System.out.printf(Locale.ROOT, "%-8d %14.1f %14.1f %14.1f %16.1f%n", threads, c[rounds / 4], c[rounds / 2], c[3 * rounds / 4],
                    w[rounds / 2]);
        }
        double one = median(cpu[1]);
        double two = median(cpu[2]);
        System.out.printf(Locale.ROOT, "CPU per advice, 2 threads / 1 thread: %.2f (1.00 = no contention; the target allows 1.25)%n", two / one);
    }

    /** Runs threads advising scans cards each; returns per thread its CPU time and wall time in nanoseconds. */
    private static long[][] round(Advisor advisor, Inputs.Case[] cases, int threads, int scans) throws Exception {
        long[][] result = new long[2][threads];
        CyclicBarrier start = new CyclicBarrier(threads);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = new Thread(() -> {
                var bean = ManagementFactory.getThreadMXBean();
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                long cpu = bean.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int next = index * 512;
                int sum = 0;
                for (int i = 0; i < scans; i++) {
                    Inputs.Case c = cases[next];
                    next = next + 1 == cases.length ? 0 : next + 1;
                    sum += advisor.advise(c.card(), c.organisation()).recommendations().size();
                }
                result[0][index] = bean.getCurrentThreadCpuTime() - cpu;
                result[1][index] = System.nanoTime() - wall;
                if (sum < 0) {
                    throw new IllegalStateException("unreachable");
                }
            }, "advise-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return result;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
