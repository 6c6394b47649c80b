package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inclusionscan.model.Factor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken file is refused with every error located, and nothing changes. */
class BrokenRuleFileTest {

    static final String MISSING_PAREN = """
            package org.inclusionscan.rules.extra;

            import org.inclusionscan.rules.facts.FactorFact;

            rule "missing paren"
            when
                FactorFact(mean < 2.0
            then
                System.out.println("never");
            end
            """;

    @TempDir
    Path rules;

    private RuleSetException buildFails() {
        return catchThrowableOfType(RuleSetException.class, () -> Advisor.builder().rulesDirectory(rules).build());
    }

    private void extend() throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=broken\nmode=extend\n");
    }

    @Test
    void aSyntaxErrorIsLocatedByFileLineAndColumn() throws IOException {
        // GIVEN
        extend();
        Files.writeString(rules.resolve("extra.drl"), MISSING_PAREN);

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(rules.resolve("extra.drl").toString());
            assertThat(problem.line()).isPositive();
        });
        assertThat(e.problems()).noneMatch(problem -> problem.message().contains("Parser returned a null Package"));
        assertThat(e.problems().get(0).toString()).startsWith(rules.resolve("extra.drl") + ":8:");
        assertThat(e.getMessage()).contains("extra.drl:8:");
    }

    @Test
    void anUnknownTypeIsLocatedOnItsLine() throws IOException {
        // GIVEN
        extend();
        Files.writeString(rules.resolve("extra.drl"), """
                package org.inclusionscan.rules.extra;

                rule "unknown type"
                when
                    FactorScor(mean < 2.0)
                then
                end
                """);

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("FactorScor");
        });
    }

    @Test
    void anUnknownToolInARuleIsLocated() throws IOException {
        // GIVEN
        extend();
        Files.writeString(rules.resolve("extra.drl"), """
                package org.inclusionscan.rules.extra;

                import org.inclusionscan.rules.Thresholds;
                import org.inclusionscan.rules.facts.AdviceCollector;
                import org.inclusionscan.rules.facts.FactorFact;

                global AdviceCollector advice;
                global Thresholds thresholds;

                rule "factor.history.very-weak"
                when
                    $history : FactorFact(factorId == "history", mean < thresholds.value("factor.very-weak.below"))
                then
                    advice.recommend(kcontext, 90).fact($history).tools("opiniestuk", "inclusietafel");
                end
                """);

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                rules.resolve("extra.drl") + ":12:73: the threshold key (factor.very-weak.below) is not in thresholds.properties",
                rules.resolve("extra.drl") + ":14:70: the tool id (inclusietafel) is not in the tool catalogue");
    }

    @Test
    void aBadThresholdIsLocated() throws IOException {
        // GIVEN
        extend();
        Files.writeString(rules.resolve("thresholds.properties"), "# mine\nfactor.weak.below = two and a half\npriority.context=130\n");

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                rules.resolve("thresholds.properties") + ":2:21: the value (two and a half) of (factor.weak.below) is not a number; write it like 2.5",
                rules.resolve("thresholds.properties") + ":3:18: the value (130) of (priority.context) must be between 0 and 100");
    }

    @Test
    void aTableWithUnknownIdsIsRefusedCellByCellWithTheNearestKnownId() throws IOException {
        // GIVEN
        extend();
        String table = Files.readString(Path.of("src/main/resources/org/inclusionscan/rules/defaults/factor-weak.csv"))
                .replace("factor.history.weak,history,45,", "factor.history.weak,histroy,450,")
                .replace("\"inclusieweb, talentenkaart\"", "\"inclusieweb, talentkaart\",note");
        Files.writeString(rules.resolve("factor-weak.csv"), table);

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        String file = rules.resolve("factor-weak.csv").toString();
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                file + ": B11: the factor (histroy) is unknown; did you mean history?",
                file + ": C11: the priority (450) must be a whole number from 0 to 100",
                file + ": D25: the tool (talentkaart) is not in the tool catalogue; did you mean talentenkaart?",
                file + ": E25: this cell is outside the table (columns A to D) and must be empty, found (note)");
    }

    @Test
    void anOldDecisionTableWithChangedCodeIsRefusedWithWhatToDo() throws IOException {
        // GIVEN the old form, whose code rows once ran: its action changed
        extend();
        String table = Files.readString(Path.of("src/main/resources/org/inclusionscan/rules/table/legacy-decision-table-head.csv"))
                .replace("advice.suggest(kcontext, \"\"$param\"\");", "System.exit(1);")
                + Files.readString(Path.of("src/main/resources/org/inclusionscan/rules/defaults/factor-weak.csv"));
        Files.writeString(rules.resolve("factor-weak.drl.csv"), table);

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(RuleMessageCode.TABLE_LEGACY_CHANGED);
            assertThat(problem.toString()).startsWith(rules.resolve("factor-weak.drl.csv") + ": D9: ")
                    .contains("save the file as factor-weak.csv");
        });
    }

    @Test
    void aBrokenReloadKeepsThePreviousRules() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        ReloadingAdvisor advisor = ReloadingAdvisor.create(rules);
        var before = advisor.ruleSet();
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.1));
        Files.writeString(rules.resolve("extra.drl"), MISSING_PAREN);

        // WHEN
        RuleSetException e = catchThrowableOfType(RuleSetException.class, advisor::reload);

        // THEN
        assertThat(e.problems()).isNotEmpty();
        assertThat(advisor.ruleSet()).isEqualTo(before);
        AdviceAssert.assertThatAdvice(advisor.advise(scores, Organisations.FLEMISH_SERVICE_CENTRE))
                .recommendsExactly("factor.network-vitality.weak").isExplainedByItsRuleSet();
    }
}
