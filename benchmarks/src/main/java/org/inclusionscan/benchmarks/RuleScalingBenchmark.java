package org.inclusionscan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.tools.ToolCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Advise cost per scan as the rule set grows: the bundled rules, 10x and 100x (copies in packages of their own). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleScalingBenchmark {

    @Param({"1", "10", "100"})
    public int copies;

    private Inputs.Case[] cases;
    private int next;
    private Advisor advisor;

    @Setup
    public void setUp() {
        advisor = new DroolsAdvisor(new RuleSetCompiler(ToolCatalogue.defaults()).compileDrl(Inputs.ruleSet(copies)));
        cases = Inputs.cases(1024, 42L).toArray(Inputs.Case[]::new);
    }

    @Benchmark
    public Advice advise() {
        Inputs.Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return advisor.advise(c.card(), c.organisation());
    }
}
