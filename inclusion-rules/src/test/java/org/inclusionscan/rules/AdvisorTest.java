package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.junit.jupiter.api.Test;

class AdvisorTest {

    private static final Organisation FLEMISH_CENTRE = new Organisation("De Linde", Region.FLANDERS,
            Sector.LOCAL_SERVICE_CENTRE, List.of());

    @Test
    void weakNetworkVitalitySuggestsInclusiewebAndValuedRolesWithAnExplanation() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.1));

        // WHEN
        Advice advice = Advisor.defaults().advise(scores, FLEMISH_CENTRE);

        // THEN
        assertThat(advice.recommendationIds()).containsExactly("factor.network-vitality.weak");
        Recommendation recommendation = advice.recommendation("factor.network-vitality.weak").orElseThrow();
        assertThat(recommendation.tools()).containsExactly("inclusieweb", "sociaal-gewaardeerde-rollen", "buurtkaart-burger");
        assertThat(recommendation.factors()).containsExactly(Factor.NETWORK_VITALITY);
        assertThat(recommendation.figures()).containsEntry("network-vitality.mean", 2.1).containsEntry("factor.weak.below", 2.5);
        assertThat(recommendation.explanation().rule()).isEqualTo("factor.network-vitality.weak");
        assertThat(recommendation.explanation().ruleSet()).isEqualTo("default");
        assertThat(recommendation.explanation().ruleSetVersion()).isEqualTo(advice.ruleSet().version());
        assertThat(recommendation.explanation().matchedFacts())
                .containsExactly("factor network-vitality: mean 2.10 < 2.50 (factor.weak.below)", "row 24 of factor-weak.csv");
        assertThat(advice.toolIds()).containsExactly("inclusieweb", "sociaal-gewaardeerde-rollen", "buurtkaart-burger");
    }
}
