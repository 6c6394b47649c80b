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
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.scoring.ScoringSettings;
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
     * Scores the scan with this rule set's level bands and advises on it: everything a report
     * needs, in one call.
     */
    default ScanResult evaluate(Scan scan, Questionnaire questionnaire) {
        ScoreCard scores = Scorer.create(scoringSettings()).score(scan, questionnaire);
        return new ScanResult(scan, questionnaire, scores, advise(scores, scan.organisation()));
    }

    /**
     * {@link #evaluate(Scan, Questionnaire)} with the bundled questionnaire the scan names.
     *
     * @throws IllegalArgumentException when the scan names a questionnaire that is not bundled
     */
    default ScanResult evaluate(Scan scan) {
        Questionnaire questionnaire = QuestionnaireRegistry.defaults().find(scan.questionnaireId())
                .orElseThrow(() -> new IllegalArgumentException("The questionnaire (%s) is not bundled; pass it to evaluate(scan, questionnaire)."
                        .formatted(scan.questionnaireId())));
        return evaluate(scan, questionnaire);
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
        private boolean allowFailingScenarios;

        Builder() {
        }

        /** Read rules, thresholds and wording from this directory (see docs/rules.md). */
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
         */
        public Builder dataOnly(boolean value) {
            this.dataOnly = value;
            return this;
        }

        /**
         * Use a rules directory even when some of its scenarios fail (off by default: a directory whose
         * {@code scenarios/*.json} cannot be read or fail is refused with every failure listed).
         */
        public Builder allowFailingScenarios(boolean value) {
            this.allowFailingScenarios = value;
            return this;
        }

        /** The tool catalogue rules are checked against and scopes are applied from. */
        public Builder catalogue(ToolCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * @throws RuleSetException with every located problem when the rules cannot be used, or (unless
         *                          allowed) when the directory's scenarios fail
         */
        public Advisor build() {
            if (rulesDirectory == null && catalogue == ToolCatalogue.defaults()) {
                return defaults();
            }
            RuleSetSources sources = rulesDirectory == null ? RuleSetSources.bundled()
                    : RuleSetSources.fromDirectory(rulesDirectory, dataOnly);
            CompiledRuleSet ruleSet = new RuleSetCompiler(catalogue).compile(sources);
            if (rulesDirectory != null && !allowFailingScenarios) {
                RuleChecker.requirePassingScenarios(ruleSet, catalogue);
            }
            return new DroolsAdvisor(ruleSet);
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
            return new ReloadingAdvisor(rulesDirectory, catalogue, dataOnly, allowFailingScenarios);
        }
    }
}
