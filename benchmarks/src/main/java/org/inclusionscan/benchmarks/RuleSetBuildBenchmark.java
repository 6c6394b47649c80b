package org.inclusionscan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ReloadingAdvisor;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building a rule set (every check, then Drools' classic DRL compiler, then the KieBase): the
 * bundled rules, 10x and 100x; the executable model of the bundled rules built at run time; and
 * a reload of the default rules exported to a directory. Single shots: each build is a new
 * KieBase, as in a reload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBuildBenchmark {

    @Param({"1", "10", "100"})
    public int copies;

    private RuleSetSources sources;
    private RuleSetCompiler compiler;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        sources = Inputs.ruleSet(copies);
        compiler = new RuleSetCompiler(ToolCatalogue.defaults());
    }

    /** The reloading advisor, made only for the reload benchmark, so that the first build of a fork stays cold. */
    @State(Scope.Benchmark)
    public static class Reloading {

        ReloadingAdvisor advisor;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path directory = Files.createTempDirectory("rules");
            Advisor.exportDefaults(directory);
            // An untouched copy of the defaults reuses their precompiled rule base: change a rule file, so
            // that every reload compiles the DRL, as a reload after a rule change does.
            Path drl = directory.resolve("overall.drl");
            Files.writeString(drl, Files.readString(drl) + "\n// changed by RuleSetBuildBenchmark\n");
            advisor = ReloadingAdvisor.create(directory);
        }
    }

    @Benchmark
    public CompiledRuleSet build() {
        return compiler.compileDrl(sources);
    }

    @Benchmark
    public KieBase buildExecutableModel() {
        return KieBaseAdvisor.executableModel(sources);
    }

    /**
     * The precompiled defaults as {@code Advisor.defaults()} loads them: only the first call of a JVM
     * loads anything, so run it cold (forks, one shot each, no warm-up); {@code copies} does not apply.
     */
    @Benchmark
    public RuleSetInfo loadPrecompiledDefaults() {
        return Advisor.defaults().ruleSet();
    }

    /** Reload of the default rules from a directory (the {@code copies} parameter does not apply). */
    @Benchmark
    public RuleSetInfo reloadDefaults(Reloading reloading) {
        return reloading.advisor.reload();
    }
}
