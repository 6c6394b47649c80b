package org.inclusionscan.rules;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * An advisor whose rules a policy team may change while it runs. {@link #reload()} builds a new
 * rule set from the directory off to the side and swaps it in atomically; calls in flight finish
 * on the rule set they started with. A directory that does not compile changes nothing: the
 * previous rules stay in use and the reload reports every located problem; so does a directory
 * whose scenarios fail, unless the builder allowed that. Thread-safe.
 */
public final class ReloadingAdvisor implements Advisor {

    private final Path directory;
    private final ToolCatalogue catalogue;
    private final boolean dataOnly;
    private final boolean allowFailingScenarios;
    /** An immutable advisor of the rule set in use now, from the rule engine. */
    private final AtomicReference<Advisor> current;
    private final Object reloading = new Object();

    ReloadingAdvisor(Path directory, ToolCatalogue catalogue, boolean dataOnly, boolean allowFailingScenarios) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.dataOnly = dataOnly;
        this.allowFailingScenarios = allowFailingScenarios;
        this.current = new AtomicReference<>(load());
    }

    /** Reads and compiles the directory; refuses it when its scenarios fail, unless that is allowed. */
    private Advisor load() {
        return RuleEngines.get().advisor(Optional.of(directory), catalogue, dataOnly, allowFailingScenarios);
    }

    /**
     * Reads the directory (see docs/rules.md) and starts advising with its rules.
     *
     * @param directory the rules directory
     * @return the advisor
     * @throws RuleSetException with every located problem when the directory's rules cannot be used
     */
    public static ReloadingAdvisor create(Path directory) {
        return Advisor.builder().rulesDirectory(directory).buildReloading();
    }

    /**
     * Rebuilds the rule set from the directory and swaps it in.
     *
     * @return the rule set now in use
     * @throws RuleSetException with every located problem, or every failure of a failing scenario (unless
     *                          the builder allowed them); the previous rule set stays in use
     */
    public RuleSetInfo reload() {
        synchronized (reloading) {
            Advisor fresh = load();
            current.set(fresh);
            return fresh.ruleSet();
        }
    }

    /**
     * The rule set in use now, as an immutable advisor that a later reload does not change: for work
     * that must see one rule set from start to end (advise, then render with its wording).
     *
     * @return the current rule set's advisor
     */
    public Advisor current() {
        return current.get();
    }

    /**
     * The directory this advisor reads.
     *
     * @return the rules directory
     */
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
        return current.get().evaluate(scan, questionnaire, history);
    }

    @Override
    public RuleSetInfo ruleSet() {
        return current.get().ruleSet();
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
