package org.inclusionscan.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.scoring.ScoringSettings;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * Turns a score card and the organisation's context into advice, through a rule set. Build one,
 * share it: implementations are immutable (or swap whole rule sets atomically) and thread-safe.
 *
 * <pre>
 * Advisor advisor = Advisor.defaults();                                   // the bundled rules
 * Advisor custom = Advisor.builder().rulesDirectory(Path.of("rules")).build();
 * Advice advice = advisor.advise(scoreCard, scan.organisation());
 * </pre>
 */
public interface Advisor {

    /**
     * The advice: recommendations, highest priority first, and the tools they suggest, only
     * those whose scope includes the organisation. Every recommendation's explanation carries the
     * rule set of {@link Advice#ruleSet()}.
     */
    Advice advise(ScoreCard scores, Organisation organisation);

    /**
     * The advice on a follow-up round: the rules also see the previous round's factor scores and the
     * earlier agreements with their status (docs/rules.md, "Follow-up facts"). With
     * {@link History#NONE} it is {@link #advise(ScoreCard, Organisation)}. An advisor that knows no
     * history (this default) ignores it.
     */
    default Advice advise(ScoreCard scores, Organisation organisation, History history) {
        return advise(scores, organisation);
    }

    /**
     * Scores the scan with this rule set's level bands and advises on it: everything a report
     * needs, in one call.
     */
    default ScanResult evaluate(Scan scan, Questionnaire questionnaire) {
        ScoreCard scores = Scorer.create(scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scores, scan.organisation()));
    }

    /** {@link #evaluate(Scan, Questionnaire)} of a follow-up round, advised with its history. */
    default ScanResult evaluate(Scan scan, Questionnaire questionnaire, History history) {
        ScoreCard scores = Scorer.create(scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scores, scan.organisation(), history));
    }

    /**
     * {@link #evaluate(Scan, Questionnaire)} with the bundled questionnaire the scan names.
     *
     * @throws IllegalArgumentException when the scan names a questionnaire that is not bundled
     */
    default ScanResult evaluate(Scan scan) {
        return evaluate(scan, bundledQuestionnaire(scan));
    }

    /**
     * {@link #evaluate(Scan)} of a follow-up round, advised with its history, for example
     * {@code History.of(previousRound.scores(), reviewedAgreements)}.
     *
     * @throws IllegalArgumentException when the scan names a questionnaire that is not bundled
     */
    default ScanResult evaluate(Scan scan, History history) {
        return evaluate(scan, bundledQuestionnaire(scan), history);
    }

    private static Questionnaire bundledQuestionnaire(Scan scan) {
        return QuestionnaireRegistry.defaults().find(scan.questionnaireId())
                .orElseThrow(() -> new IllegalArgumentException("The questionnaire (%s) is not bundled; pass it to evaluate(scan, questionnaire)."
                        .formatted(scan.questionnaireId())));
    }

    /** The name and version of the rule set in use now. */
    RuleSetInfo ruleSet();

    /** The thresholds of the rule set in use now. */
    Thresholds thresholds();

    /** The level bands and answer share of the rule set, so that scores and advice agree. */
    default ScoringSettings scoringSettings() {
        return thresholds().scoringSettings();
    }

    /** The texts to render the advice with: the bundled ones with the rule set's wording laid over. */
    Texts texts();

    /** The bundled default rules, built once on first use (about a second) and shared. */
    static Advisor defaults() {
        return DroolsAdvisor.defaults();
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * Copies the bundled rule set into a directory, in the layout a rules directory has; loading
     * that directory gives exactly the default advice. Existing files of the same name are replaced.
     */
    static void exportDefaults(Path directory) throws IOException {
        DroolsAdvisor.exportDefaults(directory);
    }

    /** Builds an advisor from the bundled rules or a rules directory. */
    final class Builder {

        private Path rulesDirectory;
        private ToolCatalogue catalogue = ToolCatalogue.defaults();
        private boolean dataOnly;

        Builder() {
        }

        /** Read rules, thresholds and wording from this directory (see docs/rules.md). */
        public Builder rulesDirectory(Path directory) {
            this.rulesDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Refuse code from the rules directory: any {@code *.drl} file there is a located problem, so only
         * thresholds, decision tables (checked to hold data only), wording and scenarios are read. Use it when
         * the people who edit the directory may not change the application (docs/reliability.md, "Trust
         * boundary"). Off by default.
         */
        public Builder dataOnly(boolean value) {
            this.dataOnly = value;
            return this;
        }

        /** The tool catalogue rules are checked against and scopes are applied from. */
        public Builder catalogue(ToolCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * @throws RuleSetException with every located problem when the rules cannot be used
         */
        public Advisor build() {
            if (rulesDirectory == null && catalogue == ToolCatalogue.defaults()) {
                return defaults();
            }
            RuleSetSources sources = rulesDirectory == null ? RuleSetSources.bundled()
                    : RuleSetSources.fromDirectory(rulesDirectory, dataOnly);
            return new DroolsAdvisor(new RuleSetCompiler(catalogue).compile(sources));
        }

        /**
         * An advisor that rereads the directory on {@link ReloadingAdvisor#reload()}.
         *
         * @throws RuleSetException when the directory's first rule set cannot be used
         */
        public ReloadingAdvisor buildReloading() {
            if (rulesDirectory == null) {
                throw new IllegalStateException("A reloading advisor needs a rules directory; call rulesDirectory(...) first.");
            }
            return new ReloadingAdvisor(rulesDirectory, catalogue, dataOnly);
        }
    }
}
