package org.inclusionscan.rules.drools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.CheckReport;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.spi.RuleEngine;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The Drools rule engine, registered in {@code META-INF/services/org.inclusionscan.rules.spi.RuleEngine}: the
 * API ({@code Advisor}, {@code ReloadingAdvisor}, {@code RuleChecker}) reaches this package only through it.
 * Stateless and thread-safe.
 */
public final class DroolsRuleEngine implements RuleEngine {

    /** For {@link java.util.ServiceLoader}. */
    public DroolsRuleEngine() {
    }

    @Override
    public Advisor defaults() {
        return DroolsAdvisor.defaults();
    }

    @Override
    public Advisor advisor(Optional<Path> rulesDirectory, ToolCatalogue catalogue, boolean dataOnly, boolean allowFailingScenarios) {
        RuleSetSources sources = rulesDirectory.map(directory -> RuleSetSources.fromDirectory(directory, dataOnly))
                .orElseGet(RuleSetSources::bundled);
        CompiledRuleSet ruleSet = new RuleSetCompiler(catalogue).compile(sources);
        if (rulesDirectory.isPresent() && !allowFailingScenarios) {
            RuleSetChecker.requirePassingScenarios(ruleSet, catalogue);
        }
        return new DroolsAdvisor(ruleSet);
    }

    @Override
    public CheckReport check(Optional<Path> rulesDirectory, ToolCatalogue catalogue, boolean dataOnly) {
        RuleSetSources sources;
        if (rulesDirectory.isEmpty()) {
            sources = RuleSetSources.bundled();
        } else {
            try {
                sources = RuleSetSources.fromDirectory(rulesDirectory.get(), dataOnly);
            } catch (RuleSetException e) {
                return new CheckReport(rulesDirectory.get().toString(), Optional.empty(), e.problems(), List.of(), List.of());
            }
        }
        return RuleSetChecker.check(sources, catalogue);
    }

    @Override
    public void exportDefaults(Path directory) throws IOException {
        DroolsAdvisor.exportDefaults(directory);
    }
}
