package org.inclusionscan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The bundled rules run in every kind of Drools session, as DRL compiled at run time (classic, what
 * every policy team's rules directory gets) and as the executable model (what the bundled defaults
 * ship as, precompiled), per scan on the generated score cards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionBenchmark {

    @Param({"classic", "executable-model"})
    public String build;

    @Param({"STATELESS", "POOLED", "NEW_SESSION", "REUSED_SESSION", "PRIMED"})
    public KieBaseAdvisor.Mode session;

    private Inputs.Case[] cases;
    private int next;
    private KieBaseAdvisor advisor;

    @Setup
    public void setUp() {
        CompiledRuleSet rules = build.equals("classic")
                ? new RuleSetCompiler(ToolCatalogue.defaults()).compileDrl(RuleSetSources.bundled())
                : DroolsAdvisor.defaults().compiled();
        KieBase kieBase = rules.kieBase();
        advisor = new KieBaseAdvisor(rules, kieBase, session);
        cases = Inputs.cases(1024, 42L).toArray(Inputs.Case[]::new);
    }

    @TearDown
    public void tearDown() {
        advisor.close();
    }

    @Benchmark
    public Advice advise() {
        Inputs.Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return advisor.advise(c.card(), c.organisation());
    }
}
