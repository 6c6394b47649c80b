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
 * The advise path alone, per scan: the shipped Drools advisor against the same rules in plain
 * Java, on the demo scan (six respondents) and on 1,024 generated score cards taken in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdviseBenchmark {

    @Param({"demo", "generated"})
    public String input;

    private Inputs.Case[] cases;
    private int next;
    private Advisor drools;
    private Advisor plainJava;

    @Setup
    public void setUp() {
        drools = Advisor.defaults();
        plainJava = PlainJavaAdvisor.defaults();
        cases = Inputs.adviseCases(input, drools);
    }

    private Inputs.Case nextCase() {
        Inputs.Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return c;
    }

    @Benchmark
    public Advice plainJava() {
        Inputs.Case c = nextCase();
        return plainJava.advise(c.card(), c.organisation());
    }

    @Benchmark
    public Advice drools() {
        Inputs.Case c = nextCase();
        return drools.advise(c.card(), c.organisation());
    }
}
