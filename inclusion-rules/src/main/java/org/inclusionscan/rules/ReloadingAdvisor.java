package org.inclusionscan.rules;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * An advisor whose rules a policy team may change while it runs. {@link #reload()} builds a new
 * rule set from the directory off to the side and swaps it in atomically; calls in flight finish
 * on the rule set they started with. A directory that does not compile changes nothing: the
 * previous rules stay in use and the reload reports every located problem. Thread-safe.
 */
public final class ReloadingAdvisor implements Advisor {

    private final Path directory;
    private final RuleSetCompiler compiler;
    private final AtomicReference<CompiledRuleSet> current;
    private final Object reloading = new Object();
    private final boolean dataOnly;

    ReloadingAdvisor(Path directory, ToolCatalogue catalogue, boolean dataOnly) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.compiler = new RuleSetCompiler(catalogue);
        this.dataOnly = dataOnly;
        this.current = new AtomicReference<>(compiler.compile(RuleSetSources.fromDirectory(directory, dataOnly)));
    }

    /** Reads the directory (see docs/rules.md) and starts advising with its rules. */
    public static ReloadingAdvisor create(Path directory) {
        return Advisor.builder().rulesDirectory(directory).buildReloading();
    }

    /**
     * Rebuilds the rule set from the directory and swaps it in.
     *
     * @return the rule set now in use
     * @throws RuleSetException with every located problem; the previous rule set stays in use
     */
    public RuleSetInfo reload() {
        synchronized (reloading) {
            CompiledRuleSet fresh = compiler.compile(RuleSetSources.fromDirectory(directory, dataOnly));
            current.set(fresh);
            return fresh.info();
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Advice advise(ScoreCard scores, Organisation organisation) {
        return current.get().advise(scores, organisation);
    }

    @Override
    public Advice advise(ScoreCard scores, Organisation organisation, History history) {
        return current.get().advise(scores, organisation, history);
    }

    /** Scores and advises with one rule set, even when a reload swaps it in between. */
    @Override
    public ScanResult evaluate(Scan scan, Questionnaire questionnaire) {
        return evaluate(scan, questionnaire, History.NONE);
    }

    /** Scores and advises with one rule set, even when a reload swaps it in between. */
    @Override
    public ScanResult evaluate(Scan scan, Questionnaire questionnaire, History history) {
        CompiledRuleSet rules = current.get();
        ScoreCard scores = Scorer.create(rules.thresholds().scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, rules.advise(scores, scan.organisation(), history));
    }

    @Override
    public RuleSetInfo ruleSet() {
        return current.get().info();
    }

    @Override
    public Thresholds thresholds() {
        return current.get().thresholds();
    }

    @Override
    public Texts texts() {
        return current.get().texts();
    }
}
