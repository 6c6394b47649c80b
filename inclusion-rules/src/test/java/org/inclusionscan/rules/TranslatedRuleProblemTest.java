package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy team reads what is wrong with its rules in Dutch, French or English, located by file and line. */
class TranslatedRuleProblemTest {

    @TempDir
    Path rules;

    @BeforeEach
    void extendTheDefaults() throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=team\nmode=extend\n");
    }

    private RuleSetException buildFails() {
        return catchThrowableOfType(RuleSetException.class, () -> Advisor.builder().rulesDirectory(rules).build());
    }

    @Test
    void aValueThatIsNotANumberInTheThresholds() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("thresholds.properties"), "# ours\nfactor.weak.below = twee en een half\n");

        // WHEN
        RuleProblem problem = buildFails().problems().get(0);

        // THEN
        assertThat(problem.code()).isEqualTo(RuleMessageCode.THRESHOLDS_NOT_A_NUMBER);
        assertTranslatedAndLocated(problem, rules.resolve("thresholds.properties") + ":2:");
        assertThat(problem.message(Language.NL))
                .isEqualTo("de waarde (twee en een half) van (factor.weak.below) is geen getal; schrijf bijvoorbeeld 2.5");
        assertThat(problem.message(Language.FR))
                .isEqualTo("la valeur (twee en een half) de (factor.weak.below) n'est pas un nombre ; écrivez par exemple 2.5");
    }

    @Test
    void aDrlSyntaxErrorKeepsDroolsWordsInATranslatedFrame() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("extra.drl"), BrokenRuleFileTest.MISSING_PAREN);

        // WHEN
        RuleProblem problem = buildFails().problems().get(0);

        // THEN
        assertThat(problem.code()).isEqualTo(RuleMessageCode.DROOLS_REPORTED);
        assertTranslatedAndLocated(problem, rules.resolve("extra.drl") + ":8:");
        assertThat(problem.message(Language.NL)).startsWith("Drools meldt: ").contains("mismatched input 'then'");
        assertThat(problem.message(Language.FR)).startsWith("Drools signale : ").contains("mismatched input 'then'");
    }

    @Test
    void aPriorityOutOfRangeInTheTable() throws IOException {
        // GIVEN
        String table = Files.readString(Path.of("src/main/resources/org/inclusionscan/rules/defaults/factor-weak.csv"))
                .replace("factor.history.weak,history,45,", "factor.history.weak,history,450,");
        Files.writeString(rules.resolve("factor-weak.csv"), table);

        // WHEN
        RuleProblem problem = buildFails().problems().get(0);

        // THEN
        assertThat(problem.code()).isEqualTo(RuleMessageCode.TABLE_BAD_PRIORITY);
        assertTranslatedAndLocated(problem, rules.resolve("factor-weak.csv") + ": C11: ");
        assertThat(problem.message(Language.NL)).isEqualTo("de prioriteit (450) moet een geheel getal van 0 tot 100 zijn");
        assertThat(problem.message(Language.FR)).isEqualTo("la priorité (450) doit être un nombre entier de 0 à 100");
    }

    @Test
    void aScenarioProblemShowsTheScenarioTextInTheLanguage() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        Files.writeString(rules.resolve("scenarios/typo.json"), """
                {"given": {"organisation": {"region": "brussels", "sector": "youth-care"}, "factors": {"vision": 7}},
                 "expect": {}}
                """);

        // WHEN
        CheckReport report = RuleChecker.create().check(rules);

        // THEN
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            String file = rules.resolve("scenarios/typo.json").toString();
            assertThat(problem.describe(Language.EN)).isEqualTo(file + ": given.factors.vision: 7 is outside 1.0 to 5.0");
            assertThat(problem.describe(Language.NL)).isEqualTo(file + ": given.factors.vision: 7 ligt buiten 1.0 tot 5.0");
            assertThat(problem.describe(Language.FR)).startsWith(file + ": given.factors.vision: 7 ")
                    .isNotEqualTo(problem.describe(Language.EN));
        });
    }

    @Test
    void theExceptionMessageStaysEnglishForLogs() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("thresholds.properties"), "priority.context = 130\n");

        // WHEN
        RuleSetException e = buildFails();

        // THEN
        assertThat(e.getMessage()).contains("the value (130) of (priority.context) must be between 0 and 100");
        assertThat(e.describe(Language.NL)).contains("de waarde (130) van (priority.context) moet tussen 0 en 100 liggen");
    }

    private static void assertTranslatedAndLocated(RuleProblem problem, String location) {
        assertThat(problem.toString()).startsWith(location).isEqualTo(problem.describe(Language.EN));
        for (Language language : new Language[] {Language.NL, Language.FR}) {
            assertThat(problem.describe(language)).as(language.id()).startsWith(location);
            assertThat(problem.message(language)).as(language.id()).isNotEqualTo(problem.message());
        }
    }
}
