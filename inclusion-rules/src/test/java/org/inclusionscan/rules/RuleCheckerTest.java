package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check operation: compile a directory, run its scenarios, report each outcome. */
class RuleCheckerTest {

    @TempDir
    Path rules;

    @Test
    void theExportedDefaultsPassEveryScenario() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);

        // WHEN
        CheckReport report = RuleChecker.create().check(rules);

        // THEN
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.scenarios()).hasSizeGreaterThanOrEqualTo(10).allMatch(CheckReport.ScenarioResult::passed);
        assertThat(report.ruleSet()).contains(Advisor.defaults().ruleSet());
    }

    @Test
    void aChangedThresholdThatBreaksAScenarioIsReportedWithWhatDiffered() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        Path thresholds = rules.resolve("thresholds.properties");
        Files.writeString(thresholds, Files.readString(thresholds).replace("factor.weak.below=2.5", "factor.weak.below=2.0"));

        // WHEN
        CheckReport report = RuleChecker.create().check(rules);

        // THEN
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).isEmpty();
        assertThat(report.scenarios()).filteredOn(result -> result.file().endsWith("weak-network-vitality.json"))
                .singleElement().satisfies(result -> assertThat(result.failures()).extracting(RuleMessage::toString)
                        .contains("expected recommendation factor.network-vitality.weak, got [factor.keep-working]"));
        assertThat(report.lines()).anyMatch(line -> line.startsWith("FAIL  Weak network vitality"));
    }

    @Test
    void aBadScenarioIsLocatedByFileAndJsonPath() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        Files.writeString(rules.resolve("scenarios/typo.json"), """
                {"given": {"organisation": {"region": "brussel", "sector": "youth-care"},
                           "factors": {"network-vitality": 7, "netwerk": 2.0}},
                 "expect": {"tools": ["inclusieweb", "inclusie-web"], "recomendations": []}}
                """);

        // WHEN
        CheckReport report = RuleChecker.create().check(rules);

        // THEN
        String file = rules.resolve("scenarios/typo.json").toString();
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                file + ": given.organisation.region: the region \"brussel\" is unknown; use one of "
                        + "[brussels, flanders, wallonia, netherlands, other]",
                file + ": given.factors.network-vitality: 7 is outside 1.0 to 5.0",
                file + ": given.factors.netwerk: the factor \"netwerk\" is unknown; use one of [legislation, stakeholders, "
                        + "inspiring-practices, local-environment, bridge-figures, vision, organisational-culture, leadership, "
                        + "structure, history, infrastructure, administration, offer, staff-vision, staff-equipment, "
                        + "staff-benefits, staff-approach, image, participation, valued-roles, public-benefits, information, "
                        + "network-vitality, life-domains]",
                file + ": expect.tools[1]: the tool \"inclusie-web\" is not in the tool catalogue",
                file + ": expect.recomendations: the key \"recomendations\" is not allowed here (allowed: absentRecommendations, "
                        + "absentTools, merged, order, recommendations, tools)");
    }

    @Test
    void aBrokenRuleFileIsReportedAndNoScenarioRuns() throws IOException {
        // GIVEN
        Advisor.exportDefaults(rules);
        Files.writeString(rules.resolve("extra.drl"), BrokenRuleFileTest.MISSING_PAREN);

        // WHEN
        CheckReport report = RuleChecker.create().check(rules);

        // THEN
        assertThat(report.passed()).isFalse();
        assertThat(report.ruleSet()).isEmpty();
        assertThat(report.scenarios()).isEmpty();
        // Drools' own words cannot be translated: they come inside a translated frame.
        assertThat(report.problems()).first()
                .hasToString(rules.resolve("extra.drl") + ":8:0: Drools reports: mismatched input 'then' in rule \"missing paren\"");
    }
}
