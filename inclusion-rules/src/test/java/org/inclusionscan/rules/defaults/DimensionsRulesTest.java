package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.scoring.ScoreCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dimensions.drl: a dimension clearly below the other two. */
class DimensionsRulesTest {

    private static ScoreCard dimensions(double policy, double culture, double practice) {
        return ScoreCards.builder().dimension(Dimension.POLICY, policy).dimension(Dimension.CULTURE, culture)
                .dimension(Dimension.PRACTICE, practice).build();
    }

    @ParameterizedTest(name = "policy {0}, culture {1}, practice {2} -> lagging {3}")
    @CsvSource({
        "2.4, 3.4, 3.3, true",
        "2.9, 3.4, 3.4, true",   // a gap of exactly 0.50 counts (exact hundredths, no drift)
        "2.91, 3.4, 3.4, false",
        "2.4, 3.4, 2.8, false",  // only 0.40 below practice
        "3.4, 2.4, 2.4, false"
    })
    void policyLagsWhenClearlyBelowCultureAndPractice(double policy, double culture, double practice, boolean lagging) {
        // WHEN
        Advice advice = Rules.fireOnly("dimension.policy.lagging", dimensions(policy, culture, practice), FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendationIds().contains("dimension.policy.lagging")).isEqualTo(lagging);
    }

    @Test
    void laggingPolicyExplainsBothGapsAndSuggestsKonektAndLocalMeans() {
        // WHEN
        Advice advice = Rules.fireOnly("dimension.policy.lagging", dimensions(2.4, 3.4, 3.3), FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsExactly("dimension.policy.lagging").recommendsTools("konekt-7-stappen", "lokale-middelen")
                .doesNotRecommendTools("macht-herverdelen");
        var recommendation = advice.recommendations().get(0);
        assertThat(recommendation.dimensions()).containsExactly(Dimension.POLICY, Dimension.CULTURE, Dimension.PRACTICE);
        assertThat(recommendation.explanation().matchedFacts()).containsExactly(
                "dimension policy: mean 2.40, 1.00 below culture 3.40 (>= 0.50, dimension.lagging.gap)",
                "dimension policy: mean 2.40, 0.90 below practice 3.30 (>= 0.50, dimension.lagging.gap)");
        assertThat(recommendation.figures()).containsEntry("policy.mean", 2.4).containsEntry("dimension.lagging.gap", 0.5);
    }

    @Test
    void cultureLagsBehindPolicyAndPractice() {
        // WHEN
        Advice advice = Rules.fireOnly("dimension.culture.lagging", dimensions(3.6, 2.9, 3.4), FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsExactly("dimension.culture.lagging").recommendsTools("opiniestuk", "inclusietafels");
    }

    @Test
    void practiceLagsBehindPolicyAndCulture() {
        // WHEN
        Advice advice = Rules.fireOnly("dimension.practice.lagging", dimensions(3.5, 3.5, 3.0), FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsExactly("dimension.practice.lagging").recommendsTools("de-buurt-lezen");
    }

    @Test
    void balancedDimensionsLagNowhere() {
        // WHEN
        Advice advice = Advisor.defaults().advise(dimensions(3.0, 3.2, 3.1), FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).doesNotRecommend("dimension.policy.lagging", "dimension.culture.lagging", "dimension.practice.lagging");
    }
}
