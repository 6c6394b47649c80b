package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.scoring.ScoreCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy team's rules directory: export, replace, extend, thresholds and wording. */
class RulesDirectoryTest {

    static final Path BUNDLED = Path.of("src/main/resources/org/inclusionscan/rules/defaults");

    @TempDir
    Path rules;

    static List<ScoreCard> varietyOfScoreCards() {
        return List.of(
                ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.1)),
                ScoreCards.builder().allFactors(2.2).spread(Factor.IMAGE, 1.5).respondents(7).build(),
                ScoreCards.builder().allFactors(4.5).build(),
                ScoreCards.builder().dimension(Dimension.POLICY, 2.0).factor(Factor.INFORMATION, 2.4)
                        .factor(Factor.PARTICIPATION, 2.9).build());
    }

    @Test
    void theExportedDefaultsGiveExactlyTheDefaultAdvice() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);

        // WHEN
        Advisor exported = Advisor.builder().rulesDirectory(rules).build();

        // THEN
        assertThat(exported.ruleSet()).isEqualTo(Advisor.defaults().ruleSet());
        for (ScoreCard scores : varietyOfScoreCards()) {
            for (var organisation : List.of(Organisations.BRUSSELS_YOUTH_HOUSE, Organisations.serving(TargetGroup.OLDER_PEOPLE,
                    TargetGroup.POVERTY))) {
                assertThat(exported.advise(scores, organisation)).isEqualTo(Advisor.defaults().advise(scores, organisation));
            }
        }
    }

    @Test
    void theIndexListsEveryBundledFile() throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            List<String> onDisk = files.filter(Files::isRegularFile).map(file -> BUNDLED.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(RuleSetSources.bundledFileNames()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void aThresholdChangedInAnExtendingDirectoryChangesTheAdviceWithoutRebuilding() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("ruleset.properties"), "name=federation\nmode=extend\n");
        Files.writeString(rules.resolve("thresholds.properties"), "factor.weak.below=3.0\n");
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.8));

        // WHEN
        Advisor advisor = Advisor.builder().rulesDirectory(rules).build();

        // THEN
        // (the defaults see nothing weak at 2.8, so only the keep-working advice speaks)
        assertThatAdvice(Advisor.defaults().advise(scores, Organisations.FLEMISH_SERVICE_CENTRE)).recommendsExactly("factor.keep-working");
        assertThatAdvice(advisor.advise(scores, Organisations.FLEMISH_SERVICE_CENTRE))
                .recommendsExactly("factor.network-vitality.weak").isExplainedByItsRuleSet();
        assertThat(advisor.ruleSet().name()).isEqualTo("federation");
        assertThat(advisor.thresholds().value("factor.weak.below")).isEqualTo(3.0);
        assertThat(advisor.thresholds().value("dimension.lagging.gap")).isEqualTo(0.5);
    }

    @Test
    void aRuleAddedInAnExtendingDirectoryFiresBesideTheDefaults() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("ruleset.properties"), "name=city\nmode=extend\n");
        Files.writeString(rules.resolve("thresholds.properties"), "factor.very-weak.below=1.75\npriority.very-weak=95\n");
        Files.writeString(rules.resolve("very-weak.drl"), """
                package org.inclusionscan.rules.city;

                import org.inclusionscan.rules.Thresholds;
                import org.inclusionscan.rules.facts.AdviceCollector;
                import org.inclusionscan.rules.facts.FactorFact;

                global AdviceCollector advice;
                global Thresholds thresholds;

                // A factor far below the others: talk about it with the federation's coach.
                rule "factor.very-weak"
                when
                    $factor : FactorFact(mean < thresholds.value("factor.very-weak.below"))
                then
                    advice.recommend(kcontext, thresholds.priority("very-weak")).fact($factor)
                            .below("factor.very-weak.below").tools("intervisie");
                end
                """);
        Files.writeString(rules.resolve("advice_en.properties"), "advice.factor.very-weak.title=Very weak: call the coach\n");
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.HISTORY, 1.5));

        // WHEN
        Advisor advisor = Advisor.builder().rulesDirectory(rules).build();

        // THEN
        assertThatAdvice(advisor.advise(scores, Organisations.FLEMISH_SERVICE_CENTRE))
                .recommendsExactly("factor.very-weak", "factor.history.weak").hasPriority("factor.very-weak", 95)
                .recommendsTools("intervisie", "opiniestuk");
        assertThat(advisor.texts().get(Language.EN, "advice.factor.very-weak.title")).isEqualTo("Very weak: call the coach");
    }

    @Test
    void aReplacingDirectoryUsesOnlyItsOwnRules() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        Files.delete(rules.resolve("target-groups.drl"));
        Path thresholds = rules.resolve("thresholds.properties");
        // Keys no rule uses are refused: the target-group keys go with their rules.
        Files.writeString(thresholds, Files.readString(thresholds).replaceAll("(?m)^(priority\\.target-group\\.focus|target-group\\.boost(\\.gap)?)=.*$", ""));
        Files.writeString(rules.resolve("ruleset.properties"), "name=no-target-groups\nmode=replace\n");
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.0));

        // WHEN
        Advisor advisor = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).build(); // the target-group scenarios fail

        // THEN
        assertThatAdvice(advisor.advise(scores, Organisations.serving(TargetGroup.OLDER_PEOPLE)))
                .recommendsExactly("factor.network-vitality.weak").hasPriority("factor.network-vitality.weak", 65);
    }

    @Test
    void theSameFilesGiveTheSameVersionAndChangedWordingAnother() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        var first = Advisor.builder().rulesDirectory(rules).build().ruleSet();

        // WHEN
        Files.writeString(rules.resolve("advice_nl.properties"), "advice.overall.strong.title=Sterk bezig!\n");
        var second = Advisor.builder().rulesDirectory(rules).build().ruleSet();

        // THEN
        assertThat(first.version()).matches("[0-9a-f]{12}");
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThat(Advisor.builder().rulesDirectory(rules).build().ruleSet()).isEqualTo(second);
    }
}
