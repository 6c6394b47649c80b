package org.inclusionscan.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
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
     *
     * @param scores       the scan's scores, made with this rule set's {@link #scoringSettings()}
     * @param organisation the organisation's context (region, sector, target groups), which some rules and tool scopes read
     * @return the advice; without recommendations when no rule fires
     */
    Advice advise(ScoreCard scores, Organisation organisation);

    /**
     * The advice on a follow-up round: the rules also see the previous round's factor scores and the
     * earlier agreements with their status (docs/rules.md, "Follow-up facts"). With
     * {@link History#NONE} it is {@link #advise(ScoreCard, Organisation)}. An advisor that knows no
     * history (this default) ignores it.
     *
     * @param scores       the scan's scores, made with this rule set's {@link #scoringSettings()}
     * @param organisation the organisation's context, which some rules and tool scopes read
     * @param history      the previous round's means and the earlier agreements, or {@link History#NONE}
     * @return the advice; without recommendations when no rule fires
     */
    default Advice advise(ScoreCard scores, Organisation organisation, History history) {
        return advise(scores, organisation);
    }

    /**
     * Scores the scan with this rule set's level bands and advises on it: everything a report
     * needs, in one call.
     *
     * @param scan          a scan as read by {@code ScanReader}
     * @param questionnaire the questionnaire the scan answers
     * @return the scan, its scores and its advice
     */
    default ScanResult evaluate(Scan scan, Questionnaire questionnaire) {
        ScoreCard scores = Scorer.create(scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scores, scan.organisation()));
    }

    /**
     * {@link #evaluate(Scan, Questionnaire)} of a follow-up round, advised with its history.
     *
     * @param scan          a scan as read by {@code ScanReader}
     * @param questionnaire the questionnaire the scan answers
     * @param history       what is known of earlier rounds, or {@link History#NONE}
     * @return the scan, its scores and its advice
     */
    default ScanResult evaluate(Scan scan, Questionnaire questionnaire, History history) {
        ScoreCard scores = Scorer.create(scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scores, scan.organisation(), history));
    }

    /**
     * {@link #evaluate(Scan, Questionnaire)} with the bundled questionnaire the scan names.
     *
     * @param scan a scan as read by {@code ScanReader}
     * @return the scan, its scores and its advice
     * @throws IllegalArgumentException when the scan names a questionnaire that is not bundled
     */
    default ScanResult evaluate(Scan scan) {
        return evaluate(scan, bundledQuestionnaire(scan));
    }

    /**
     * {@link #evaluate(Scan)} of a follow-up round, advised with its history, for example
     * {@code History.of(previousRound.scores(), reviewedAgreements)}.
     *
     * @param scan    a scan as read by {@code ScanReader}
     * @param history what is known of earlier rounds, or {@link History#NONE}
     * @return the scan, its scores and its advice
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

    /**
     * The rule set in use now.
     *
     * @return its name and version (a hash of its files)
     */
    RuleSetInfo ruleSet();

    /**
     * The thresholds of the rule set in use now.
     *
     * @return every number the rules compare with
     */
    Thresholds thresholds();

    /**
     * The level bands and answer share of the rule set, so that scores and advice agree.
     *
     * @return the settings to give {@code Scorer.create}
     */
    default ScoringSettings scoringSettings() {
        return thresholds().scoringSettings();
    }

    /**
     * The texts to render the advice with: the bundled ones with the rule set's wording laid over.
     *
     * @return the texts of the rule set in use now
     */
    Texts texts();

    /**
     * The bundled default rules, built once on first use and shared: from classes precompiled at build
     * time, so this takes tens of milliseconds.
     *
     * @return the shared advisor of the bundled rules
     */
    static Advisor defaults() {
        return RuleEngines.get().defaults();
    }

    /**
     * A builder for an advisor of a rules directory, a data-only one or another tool catalogue.
     *
     * @return a new builder, with the bundled rules and catalogue until told otherwise
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Copies the bundled rule set into a directory, in the layout a rules directory has; loading
     * that directory gives exactly the default advice. Existing files of the same name are replaced.
     *
     * @param directory where to write the files; created when missing
     * @throws IOException when a file cannot be written
     */
    static void exportDefaults(Path directory) throws IOException {
        RuleEngines.get().exportDefaults(directory);
    }

    /** Builds an advisor from the bundled rules or a rules directory. */
    final class Builder {

        private Path rulesDirectory;
        private ToolCatalogue catalogue = ToolCatalogue.defaults();
        private boolean dataOnly;
        private boolean allowFailingScenarios;

        Builder() {
        }

        /**
         * Read rules, thresholds and wording from this directory (see docs/rules.md).
         *
         * @param directory the rules directory
         * @return this builder
         */
        public Builder rulesDirectory(Path directory) {
            this.rulesDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Refuse code from the rules directory: any {@code *.drl} file there is a located problem, so only
         * thresholds, the factor table (read as data by our own parser), wording and scenarios are read, and the
         * rule base is the bundled, precompiled one: nothing of the directory reaches a compiler. Use it when
         * the people who edit the directory may not change the application (docs/reliability.md, "Trust
         * boundary"). Off by default.
         *
         * @param value true to refuse DRL files
         * @return this builder
         */
        public Builder dataOnly(boolean value) {
            this.dataOnly = value;
            return this;
        }

        /**
         * Use a rules directory even when some of its scenarios fail (off by default: a directory whose
         * {@code scenarios/*.json} cannot be read or fail is refused with every failure listed).
         *
         * @param value true to use a directory whose scenarios fail
         * @return this builder
         */
        public Builder allowFailingScenarios(boolean value) {
            this.allowFailingScenarios = value;
            return this;
        }

        /**
         * The tool catalogue rules are checked against and scopes are applied from.
         *
         * @param catalogue the catalogue; the bundled one by default
         * @return this builder
         */
        public Builder catalogue(ToolCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Builds the advisor; the bundled one is shared, a rules directory is compiled now.
         *
         * @return an immutable, thread-safe advisor
         * @throws RuleSetException with every located problem when the rules cannot be used, or (unless
         *                          allowed) when the directory's scenarios fail
         */
        public Advisor build() {
            if (rulesDirectory == null && catalogue == ToolCatalogue.defaults()) {
                return defaults();
            }
            return RuleEngines.get().advisor(Optional.ofNullable(rulesDirectory), catalogue, dataOnly, allowFailingScenarios);
        }

        /**
         * An advisor that rereads the directory on {@link ReloadingAdvisor#reload()}.
         *
         * @return the reloading advisor, with the directory's rules loaded
         * @throws RuleSetException when the directory's first rule set cannot be used
         */
        public ReloadingAdvisor buildReloading() {
            if (rulesDirectory == null) {
                throw new IllegalStateException("A reloading advisor needs a rules directory; call rulesDirectory(...) first.");
            }
            return new ReloadingAdvisor(rulesDirectory, catalogue, dataOnly, allowFailingScenarios);
        }
    }
}
