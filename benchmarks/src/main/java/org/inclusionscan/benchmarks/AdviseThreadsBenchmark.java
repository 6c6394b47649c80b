package org.inclusionscan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.rules.Advisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Advisor.advise} of the shipped advisor (one shared instance, as an embedder's request threads or
 * {@code score --batch}'s scoring threads use it) on 1,024 generated score cards, throughput per thread
 * (issue 25, item 1). Run it with {@code -t 1} and {@code -t 2}: JMH reports the sum over threads, so per
 * thread is the score divided by the threads; within 25 % of each other means the threads do not hold each
 * other up. {@code benchmarks/run.sh} runs both; on a busy machine compare {@link AdviseThreadsCpuTime}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdviseThreadsBenchmark {

    @Param({"generated"})
    public String input;

    private Inputs.Case[] cases;
    private Advisor drools;

    /** Each thread walks the cards from a place of its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup
        public void setUp(AdviseThreadsBenchmark benchmark) {
            next = (int) Math.floorMod(Thread.currentThread().getId() * 131, (long) benchmark.cases.length);
        }
    }

    @Setup
    public void setUp() {
        drools = Advisor.defaults();
        cases = Inputs.adviseCases(input, drools);
    }

    @Benchmark
    public Advice advise(Cursor cursor) {
        Inputs.Case c = cases[cursor.next];
        cursor.next = cursor.next + 1 == cases.length ? 0 : cursor.next + 1;
        return drools.advise(c.card(), c.organisation());
    }
}
