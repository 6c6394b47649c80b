package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.api.Test;

/** overall.drl: everything strong. */
class OverallRulesTest {

    @Test
    void everythingStrongSuggestsARescanWithTheInclusietracker() {
        // GIVEN
        var scores = ScoreCards.builder().allFactors(4.2).build();

        // WHEN
        Advice advice = Rules.fireOnly("overall.strong", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThatAdvice(advice).recommendsExactly("overall.strong").recommendsTools("inclusietracker");
    }

    @Test
    void oneDimensionBelowStrongIsNotEverythingStrong() {
        // GIVEN
        var scores = ScoreCards.builder().allFactors(4.2).dimension(Dimension.POLICY, 3.9).build();

        // WHEN
        Advice advice = Rules.fireOnly("overall.strong", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendations()).isEmpty();
    }

    @Test
    void anAbsentScoreIsNotEverythingStrong() {
        // GIVEN
        var scores = ScoreCards.builder().allFactors(4.5).absent(Factor.HISTORY).build();

        // WHEN
        Advice advice = Rules.fireOnly("overall.strong", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendations()).isEmpty();
    }
}
