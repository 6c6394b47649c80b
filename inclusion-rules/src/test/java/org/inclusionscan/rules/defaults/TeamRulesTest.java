package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** team.drl: strong disagreement within the team. */
class TeamRulesTest {

    @ParameterizedTest(name = "sd {0} among {1} respondents -> divided {2}")
    @CsvSource({"1.6, 6, true", "1.0, 3, true", "0.99, 6, false", "1.6, 2, false"})
    void theTeamIsDividedWithAWideSpreadAmongEnoughRespondents(double sd, int respondents, boolean divided) {
        // GIVEN
        var scores = ScoreCards.builder().spread(Factor.IMAGE, sd).respondents(respondents).build();

        // WHEN
        Advice advice = Rules.fireOnly("team.disagreement", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendationIds().contains("team.disagreement")).isEqualTo(divided);
    }

    @Test
    void oneRecommendationNamesEveryDividedFactor() {
        // GIVEN
        var scores = ScoreCards.builder().spread(Factor.IMAGE, 1.6).spread(Factor.VISION, 1.2).respondents(5).build();

        // WHEN
        Advice advice = Rules.fireOnly("team.disagreement", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendations()).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.factors()).containsExactlyInAnyOrder(Factor.IMAGE, Factor.VISION);
            assertThat(recommendation.tools()).containsExactly("inclusietracker", "inclusietafels");
            assertThat(recommendation.figures()).containsEntry("image.sd", 1.6).containsEntry("vision.sd", 1.2);
            assertThat(recommendation.explanation().matchedFacts())
                    .contains("factor image: sd 1.60 >= 1.00 (team.disagreement.sd) among 5 respondents");
        });
    }
}
