package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.BRUSSELS_SERVICE_CENTRE;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The table factor-weak.csv: one row per factor, each fired alone (the agenda filter takes the row's id). */
class FactorWeakTableTest {

    @ParameterizedTest
    @EnumSource(Factor.class)
    void everyFactorBelowTheThresholdIsWeak(Factor factor) {
        // GIVEN
        String rule = "factor." + factor.id() + ".weak";
        var scores = ScoreCards.fromFactorMeans(Map.of(factor, 2.0));

        // WHEN
        Advice advice = Rules.fireOnly(rule, scores, BRUSSELS_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsExactly(rule).isExplainedByItsRuleSet();
        Recommendation recommendation = advice.recommendations().get(0);
        assertThat(recommendation.factors()).containsExactly(factor);
        assertThat(recommendation.tools()).isNotEmpty();
        assertThat(recommendation.explanation().matchedFacts()).hasSize(2)
                .startsWith("factor %s: mean 2.00 < 2.50 (factor.weak.below)".formatted(factor.id()));
        assertThat(recommendation.explanation().matchedFacts().get(1)).as("the table row it came from")
                .matches("row \\d+ of factor-weak\\.csv");
    }

    @ParameterizedTest(name = "network vitality {0} -> weak {1}")
    @CsvSource({"2.49, true", "2.494, true", "2.495, false", "2.5, false", "3.0, false", "1.0, true"})
    void networkVitalityIsWeakBelowTwoAndAHalfAfterRoundingToTwoDecimals(double mean, boolean weak) {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, mean));

        // WHEN
        Advice advice = Rules.fireOnly("factor.network-vitality.weak", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendationIds().contains("factor.network-vitality.weak")).isEqualTo(weak);
    }

    @Test
    void weakNetworkVitalitySuggestsInclusiewebAndSociallyValuedRoles() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.1));

        // WHEN
        Advice advice = Rules.fireOnly("factor.network-vitality.weak", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsTools("inclusieweb", "sociaal-gewaardeerde-rollen", "buurtkaart-burger")
                .hasPriority("factor.network-vitality.weak", 65);
    }

    @Test
    void weakInformationSuggestsNeighbourhoodInformationFirstAndAPlatformOfTheRegion() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 2.0));

        // WHEN
        Advice inBrussels = Rules.fireOnly("factor.information.weak", scores, BRUSSELS_SERVICE_CENTRE);
        Advice inFlanders = Rules.fireOnly("factor.information.weak", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        // THEN offline neighbourhood information first; Brussels data are for a little-known neighbourhood, not here
        assertThat(inBrussels.recommendations().get(0).tools()).startsWith("buurtinformatie-delen");
        assertThatAdvice(inBrussels).recommendsTools("connecting-brussels").doesNotRecommendTools("hoplr", "brussel-op-het-net");
        assertThatAdvice(inFlanders).recommendsTools("buurtinformatie-delen", "hoplr")
                .doesNotRecommendTools("brussel-op-het-net", "connecting-brussels");
    }
}
