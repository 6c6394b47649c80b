package org.inclusionscan.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.rules.Advisor;

/**
 * The advise ratio on a busy machine: thread CPU time (not wall time) and bytes allocated per scan
 * of the shipped Drools advisor and of the plain-Java limit, measured in turns in one JVM, so that
 * both see the same machine at the same moment. JMH's wall times are useless when other builds take
 * the cores (a thread that waits for a core is not slower code); CPU time of the measuring thread
 * is not counted while it waits. GC work done by other threads is not in it: see the allocation.
 *
 * <pre>
 * java -cp CLASSPATH org.inclusionscan.benchmarks.AdviseCpuTime generated 40 30 2000 [name=classpath-file ...]
 * </pre>
 * Arguments: input ({@code demo} or {@code generated}), warm-up seconds, rounds, scans per round.
 * With class-path files (one class path in each, as {@code benchmarks/target/classpath.txt} holds,
 * e.g. of an older build), each is loaded in a class loader of its own and measured in the same turns,
 * and the advice of every Drools advisor is first checked to be the same (in {@code toString()},
 * the rule-set version aside) on 1,024 inputs: two builds are compared in one run.
 */
public final class AdviseCpuTime {

    private AdviseCpuTime() {
    }

    /** Advises n scans of one kind in turn; loaded once per class path. */
    public static final class Loop implements IntUnaryOperator {

        private final Advisor advisor;
        private final Inputs.Case[] cases;
        private int next;

        public Loop(String input, String kind) {
            Advisor drools = Advisor.defaults();
            advisor = kind.equals("drools") ? drools : PlainJavaAdvisor.defaults();
            cases = Inputs.adviseCases(input, drools);
        }

        /** n > 0: advises n scans, returns a checksum; n < 0: the hash of the advice on input -n - 1 (version left out). */
        @Override
        public int applyAsInt(int n) {
            if (n < 0) {
                Inputs.Case c = cases[(-n - 1) % cases.length];
                Advice advice = advisor.advise(c.card(), c.organisation());
                return advice.toString().replace(advice.ruleSet().version(), "VERSION").hashCode();
            }
            int sum = 0;
            for (int i = 0; i < n; i++) {
                Inputs.Case c = cases[next];
                next = next + 1 == cases.length ? 0 : next + 1;
                sum += advisor.advise(c.card(), c.organisation()).recommendations().size();
            }
            return sum;
        }
    }

    private record Variant(String name, ClassLoader loader, IntUnaryOperator loop, long[] cpu, long[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AdviseCpuTime demo|generated warm-up-seconds rounds scans-per-round [name=classpath-file ...]");
            System.exit(2);
        }
        String input = args[0];
        int warmUp = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int scans = Integer.parseInt(args[3]);
        List<Variant> variants = new ArrayList<>();
        if (args.length == 4) {
            ClassLoader own = AdviseCpuTime.class.getClassLoader();
            for (String kind : List.of("drools", "plain")) {
                variants.add(new Variant(kind, own, new Loop(input, kind), new long[rounds], new long[rounds]));
            }
        }
        URL self = AdviseCpuTime.class.getProtectionDomain().getCodeSource().getLocation();
        for (int i = 4; i < args.length; i++) {
            String[] named = args[i].split("=", 2);
            List<URL> urls = new ArrayList<>();
            for (String entry : Files.readString(Path.of(named[1])).strip().split(":")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            // Its own copy of everything from that class path; Loop from here if that build has none.
            urls.add(self);
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            for (String kind : List.of("drools", "plain")) {
                IntUnaryOperator loop = (IntUnaryOperator) loader.loadClass(Loop.class.getName())
                        .getConstructor(String.class, String.class).newInstance(input, kind);
                variants.add(new Variant(named[0] + "/" + kind, loader, loop, new long[rounds], new long[rounds]));
            }
        }
        if (variants.size() > 2) {
            int mismatches = 0;
            for (int k = 1; k <= 1024; k++) {
                int expected = run(variants.get(0), -k);
                for (Variant variant : variants) {
                    if (variant.name().endsWith("/drools") && run(variant, -k) != expected) {
                        mismatches++;
                    }
                }
            }
            System.out.printf("advice of every Drools advisor compared on 1024 inputs: %d differ%n", mismatches);
        }
        long sink = 0;
        long end = System.nanoTime() + warmUp * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (Variant variant : variants) {
                sink += run(variant, scans);
            }
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                // A different variant starts each round, so none always runs right after the warm-up or a GC.
                Variant variant = variants.get((k + round) % variants.size());
                long bytes = threads.getThreadAllocatedBytes(thread);
                long cpu = threads.getCurrentThreadCpuTime();
                sink += run(variant, scans);
                variant.cpu()[round] = threads.getCurrentThreadCpuTime() - cpu;
                variant.bytes()[round] = threads.getThreadAllocatedBytes(thread) - bytes;
            }
        }
        System.out.printf(Locale.ROOT, "input %s, warm-up %d s, %d rounds of %d scans (checksum %d)%n", input, warmUp, rounds, scans, sink);
        System.out.printf(Locale.ROOT, "%-24s %12s %12s %12s %14s%n", "advisor", "CPU us p25", "median", "p75", "bytes/scan");
        for (Variant variant : variants) {
            double[] micros = Arrays.stream(variant.cpu()).mapToDouble(nanos -> nanos / 1000.0 / scans).sorted().toArray();
            long[] bytes = variant.bytes().clone();
            Arrays.sort(bytes);
            System.out.printf(Locale.ROOT, "%-24s %12.1f %12.1f %12.1f %14d%n", variant.name(), micros[rounds / 4], micros[rounds / 2],
                    micros[3 * rounds / 4], bytes[rounds / 2] / scans);
        }
        for (int i = 0; i + 1 < variants.size(); i += 2) {
            print("Drools / plain Java", variants.get(i), variants.get(i + 1), rounds);
        }
        for (int k = 0; k < 2 && variants.size() > 2; k++) {
            print("last / first", variants.get(k), variants.get(variants.size() - 2 + k), rounds);
        }
    }

    private static int run(Variant variant, int n) {
        Thread.currentThread().setContextClassLoader(variant.loader());
        return variant.loop().applyAsInt(n);
    }

    /** The median over rounds of b's CPU time over a's in the same round, with the quartiles. */
    private static void print(String what, Variant a, Variant b, int rounds) {
        boolean droolsOverPlain = what.startsWith("Drools");
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = droolsOverPlain ? (double) a.cpu()[round] / b.cpu()[round] : (double) b.cpu()[round] / a.cpu()[round];
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%s, %s: median %.2f (p25 %.2f, p75 %.2f)%n", what,
                droolsOverPlain ? a.name() : b.name() + " / " + a.name(), ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
    }
}
