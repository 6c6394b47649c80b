package org.inclusionscan.rules.defaults;

import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.BRUSSELS_SERVICE_CENTRE;
import static org.inclusionscan.rules.Organisations.BRUSSELS_YOUTH_HOUSE;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;
import static org.inclusionscan.rules.Organisations.FLEMISH_YOUTH_CARE;

import java.util.Map;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.api.Test;

/** context.drl: youth care and Brussels. */
class ContextRulesTest {

    @Test
    void youthCareWithModestParticipationGetsTheParticipationCompass() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.PARTICIPATION, 3.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.youth-care.participation", scores, FLEMISH_YOUTH_CARE))
                .recommendsExactly("context.youth-care.participation").recommendsTools("participatiekompas-jeugdhulp");
        assertThatAdvice(Rules.fireOnly("context.youth-care.participation", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void brusselsWithModestInformationGetsBrusselsDataAndPlatforms() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 3.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.brussels.information", scores, BRUSSELS_SERVICE_CENTRE))
                .recommendsExactly("context.brussels.information")
                .recommendsTools("brussel-op-het-net", "connecting-brussels", "durf-te-vragen");
        assertThatAdvice(Rules.fireOnly("context.brussels.information", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void goodInformationInBrusselsNeedsNoContextAdvice() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 3.25));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.brussels.information", scores, BRUSSELS_YOUTH_HOUSE)).recommendsNothing();
    }
}
