package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.Comparison.Change;
import org.inclusionscan.scan.Scan;
import org.junit.jupiter.api.Test;

/** Change over time: deltas, improved and declined factors, recommendations that appeared or disappeared. */
class ComparisonTest {

    final ScanResult earlier = Fixtures.result("de-linde-2025");
    final ScanResult later = Fixtures.result("de-linde-2026");

    @Test
    void deltasAreLaterMinusEarlierAsTheReportShowsThem() {
        Comparison comparison = Comparison.of(earlier, later, 0.25);

        for (Factor factor : Factor.values()) {
            Comparison.Delta delta = comparison.factor(factor);
            assertThat(delta.delta()).isCloseTo(rounded(later.scores().factor(factor).mean()) - rounded(earlier.scores().factor(factor).mean()),
                    within(1e-12));
        }
        assertThat(comparison.overall().delta())
                .isCloseTo(rounded(later.scores().overall().mean()) - rounded(earlier.scores().overall().mean()), within(1e-12));
        assertThat(comparison.domains()).hasSize(4);
        assertThat(comparison.dimensions()).hasSize(3);
    }

    private static double rounded(double mean) {
        return Math.round(mean * 100) / 100.0;
    }

    @Test
    void theSameShownDifferenceIsTheSameChangeAndAddsUpWithTheShownScores() {
        // GIVEN two exact differences on either side of 0.25 that both show as +0.25, and 3.146 -> 3.504
        Comparison.Delta under = delta(3.0, 3.2496);
        Comparison.Delta over = delta(3.0, 3.2504);
        Comparison.Delta shown = delta(3.146, 3.504);

        // THEN both are "improved" (the minimum is compared with the shown difference), and 3.15 -> 3.50 is +0.35
        assertThat(under.delta()).isEqualTo(0.25);
        assertThat(over.delta()).isEqualTo(0.25);
        assertThat(under.change()).isEqualTo(Change.IMPROVED).isEqualTo(over.change());
        assertThat(shown.delta()).isEqualTo(0.35);
        assertThat(delta(3.0, 3.244).change()).isEqualTo(Change.STABLE);
        assertThat(delta(3.0, 2.75).change()).isEqualTo(Change.DECLINED);
    }

    private static Comparison.Delta delta(double before, double after) {
        var coverage = new org.inclusionscan.scoring.Coverage(10, 10, 0, 0);
        return Comparison.Delta.of("x", new org.inclusionscan.scoring.Score(before, org.inclusionscan.model.Level.MODERATE, coverage, null),
                new org.inclusionscan.scoring.Score(after, org.inclusionscan.model.Level.MODERATE, coverage, null), 0.25);
    }

    @Test
    void improvedAndDeclinedUseTheMinimumDelta() {
        Comparison comparison = Comparison.of(earlier, later, 0.25);

        assertThat(comparison.improved()).isNotEmpty().allSatisfy(f -> assertThat(comparison.factor(f).delta()).isGreaterThanOrEqualTo(0.25 - 1e-9));
        assertThat(comparison.declined()).isNotEmpty().allSatisfy(f -> assertThat(comparison.factor(f).delta()).isLessThanOrEqualTo(-0.25 + 1e-9));
        assertThat(comparison.improved()).contains(Factor.PARTICIPATION, Factor.NETWORK_VITALITY);
        assertThat(comparison.declined()).contains(Factor.LIFE_DOMAINS);
        // a larger minimum keeps only the larger changes
        Comparison strict = Comparison.of(earlier, later, 0.9);
        assertThat(strict.improved()).containsExactly(Factor.PARTICIPATION);
        assertThat(strict.factor(Factor.NETWORK_VITALITY).change()).isEqualTo(Change.STABLE);
    }

    @Test
    void listsRecommendationsThatAppearedAndDisappeared() {
        // GIVEN two advices that share one recommendation
        ScanResult before = withAdvice(earlier, "factor.network-vitality.weak", "factor.participation.weak");
        ScanResult after = withAdvice(later, "factor.network-vitality.weak", "factor.information.weak");

        // WHEN they are compared
        Comparison comparison = Comparison.of(before, after, 0.25);
        String markdown = Reporter.defaults().renderComparison(before, after, ReportFormat.MARKDOWN, Fixtures.options(Language.EN));

        // THEN the new one appeared, the old one disappeared, the shared one is kept
        assertThat(comparison.appeared()).containsExactly("factor.information.weak");
        assertThat(comparison.disappeared()).containsExactly("factor.participation.weak");
        assertThat(comparison.kept()).containsExactly("factor.network-vitality.weak");
        assertThat(markdown).contains("### New recommendations\n\n- Share and organise neighbourhood information")
                .contains("### Recommendations that dropped out\n\n- ");
    }

    @Test
    void refusesScansOfDifferentOrganisations() {
        Scan scan = later.scan();
        Organisation other = new Organisation("Jeugdhuis De Brug", scan.organisation().region(), scan.organisation().sector(),
                scan.organisation().targetGroups());
        ScanResult otherResult = Fixtures.result(new Scan(other, scan.questionnaireId(), scan.date(), scan.respondents()));

        assertThatThrownBy(() -> Reporter.defaults().renderComparison(earlier, otherResult, ReportFormat.HTML,
                Fixtures.options(Language.NL)))
                .isInstanceOf(IncomparableScansException.class)
                .hasMessage("The scans are of different organisations (Dienstencentrum De Linde) and (Jeugdhuis De Brug). "
                        + "Compare two scans of the same organisation, with the same name in both files.");
    }

    @Test
    void acceptsTheSameNameWrittenDifferently() {
        Scan scan = later.scan();
        Organisation renamed = new Organisation("  dienstencentrum  de linde ", scan.organisation().region(),
                scan.organisation().sector(), scan.organisation().targetGroups());
        ScanResult renamedResult = Fixtures.result(new Scan(renamed, scan.questionnaireId(), scan.date(), scan.respondents()));

        assertThat(Comparison.of(earlier, renamedResult, 0.25).organisation()).isEqualTo("  dienstencentrum  de linde ");
    }

    @Test
    void refusesScansInTheWrongOrder() {
        assertThatThrownBy(() -> Comparison.of(later, earlier, 0.25))
                .isInstanceOf(IncomparableScansException.class)
                .hasMessage("The earlier scan (2026-11-17) is dated after the later scan (2025-11-18). Maybe swap the two.");
    }

    @Test
    void csvHasOneRowPerScoreWithDeltas() {
        String csv = Reporter.defaults().renderComparison(earlier, later, ReportFormat.CSV, Fixtures.options(Language.EN));

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"organisation\",\"earlier_date\",\"later_date\",\"type\",\"id\",\"domain\",\"dimension\",\"label\","
                + "\"before\",\"after\",\"delta\",\"change\"");
        assertThat(lines).hasSize(1 + 1 + 24 + 4 + 3);
        assertThat(csv).contains("\r\n");
    }

    private static ScanResult withAdvice(ScanResult result, String... ids) {
        List<Recommendation> recommendations = java.util.Arrays.stream(ids)
                .map(id -> new Recommendation(id, 70, List.of(), List.of(), List.of(), Map.of(), List.of(),
                        new Explanation(id, "default", "1", List.of())))
                .toList();
        return new ScanResult(result.scan(), result.questionnaire(), result.scores(),
                new Advice(Fixtures.RULE_SET, recommendations, List.of()));
    }

    @Test
    void reportDateComesFromTheOptions() {
        String json = Reporter.defaults().render(later, ReportFormat.JSON,
                ReportOptions.in(Language.FR).withGeneratedOn(LocalDate.of(2030, 1, 2)));

        assertThat(json).contains("\"generatedOn\" : \"2030-01-02\"");
    }
}
