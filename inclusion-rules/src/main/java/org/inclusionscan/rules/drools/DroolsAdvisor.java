package org.inclusionscan.rules.drools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;

/** An advisor over one compiled rule set, never changed. Thread-safe. */
public final class DroolsAdvisor implements Advisor {

    private final CompiledRuleSet ruleSet;

    public DroolsAdvisor(CompiledRuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    private static final class Defaults {
        static final DroolsAdvisor INSTANCE = new DroolsAdvisor(bundled());

        private static CompiledRuleSet bundled() {
            RuleSetSources sources = RuleSetSources.bundled();
            RuleSetCompiler compiler = new RuleSetCompiler(ToolCatalogue.defaults());
            return PrecompiledDefaults.load(sources).map(kieBase -> compiler.compile(sources, kieBase))
                    .orElseGet(() -> compiler.compile(sources));
        }
    }

    /**
     * The bundled rules, loaded on first use and shared: from the classes the build precompiled
     * (Drools' executable model) when they match the bundled rule files, else compiled from the DRL.
     */
    public static DroolsAdvisor defaults() {
        return Defaults.INSTANCE;
    }

    /** Copies every bundled file into the directory, in the same layout. */
    public static void exportDefaults(Path directory) throws IOException {
        for (String name : RuleSetSources.bundledFileNames()) {
            Path target = directory.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, RuleSetSources.readBundled(name), StandardCharsets.UTF_8);
        }
    }

    public CompiledRuleSet compiled() {
        return ruleSet;
    }

    @Override
    public Advice advise(ScoreCard scores, Organisation organisation) {
        return ruleSet.advise(scores, organisation);
    }

    @Override
    public Advice advise(ScoreCard scores, Organisation organisation, History history) {
        return ruleSet.advise(scores, organisation, history);
    }

    @Override
    public RuleSetInfo ruleSet() {
        return ruleSet.info();
    }

    @Override
    public Thresholds thresholds() {
        return ruleSet.thresholds();
    }

    @Override
    public Texts texts() {
        return ruleSet.texts();
    }
}
