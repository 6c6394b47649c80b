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

/** context.drl: youth care, Brussels and municipalities. */
class ContextRulesTest {

    @Test
    void youthCareWithModestParticipationGetsTheParticipationCompass() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.PARTICIPATION, 3.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.youth-care.participation", scores, FLEMISH_YOUTH_CARE))
                .recommendsExactly("context.youth-care.participation").recommendsTools("participatiekompas-jeugdhulp")
                .doesNotRecommendTools("vvsg-45-methodieken");
        assertThatAdvice(Rules.fireOnly("context.youth-care.participation", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void brusselsWithALittleKnownNeighbourhoodGetsBrusselsNeighbourhoodData() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.LOCAL_ENVIRONMENT, 3.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.brussels.neighbourhood-data", scores, BRUSSELS_SERVICE_CENTRE))
                .recommendsExactly("context.brussels.neighbourhood-data").recommendsTools("brussel-op-het-net");
        assertThatAdvice(Rules.fireOnly("context.brussels.neighbourhood-data", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void weakInformationInBrusselsIsNoReasonForNeighbourhoodData() {
        // GIVEN the neighbourhood is known; the public lacks information: that is the information advice's work
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 2.0, Factor.LOCAL_ENVIRONMENT, 3.25));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.brussels.neighbourhood-data", scores, BRUSSELS_YOUTH_HOUSE)).recommendsNothing();
    }

    @Test
    void brusselsWithModestStakeholdersWorksAcrossBothCommunities() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.STAKEHOLDERS, 3.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("context.brussels.both-communities", scores, BRUSSELS_SERVICE_CENTRE))
                .recommendsExactly("context.brussels.both-communities").recommendsTools("samenwerking-over-gemeenschappen");
        assertThatAdvice(Rules.fireOnly("context.brussels.both-communities", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void aMunicipalityWithAModestVisionGetsTheInclusiveMunicipalityAdvice() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 3.0, Factor.STAFF_APPROACH, 3.1));
        var municipality = new org.inclusionscan.model.Organisation("Gemeente Lindegem", org.inclusionscan.model.Region.FLANDERS,
                org.inclusionscan.model.Sector.MUNICIPALITY, java.util.List.of());

        // WHEN
        var advice = Rules.fireOnly("context.municipality.inclusive-municipality", scores, municipality);

        // THEN one recommendation naming both factors
        assertThatAdvice(advice).recommendsExactly("context.municipality.inclusive-municipality")
                .recommendsTools("startfoto", "diversiteitsproof-werken", "mediation");
        org.assertj.core.api.Assertions.assertThat(advice.recommendations().get(0).factors())
                .containsExactlyInAnyOrder(Factor.VISION, Factor.STAFF_APPROACH);
        assertThatAdvice(Rules.fireOnly("context.municipality.inclusive-municipality", scores, FLEMISH_SERVICE_CENTRE))
                .recommendsNothing();
    }

    @Test
    void aWeakFactorWithItsOwnRecommendationIsNotRepeatedInTheMunicipalityAdviceUnlessAllAreWeak() {
        // GIVEN a municipality with weak stakeholders (their own advice) and a modest vision
        var municipality = new org.inclusionscan.model.Organisation("Gemeente Lindegem", org.inclusionscan.model.Region.FLANDERS,
                org.inclusionscan.model.Sector.MUNICIPALITY, java.util.List.of());
        var mixed = ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 3.0, Factor.STAKEHOLDERS, 1.9));
        var allWeak = ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 2.0, Factor.STAKEHOLDERS, 1.9));

        // WHEN
        var mixedAdvice = Rules.fireOnly("context.municipality.inclusive-municipality", mixed, municipality);
        var allWeakAdvice = Rules.fireOnly("context.municipality.inclusive-municipality", allWeak, municipality);

        // THEN the weak factor is left to its own advice, but a municipality whose four factors are all weak still hears the point
        org.assertj.core.api.Assertions.assertThat(mixedAdvice.recommendations().get(0).factors()).containsExactly(Factor.VISION);
        org.assertj.core.api.Assertions.assertThat(allWeakAdvice.recommendations().get(0).factors())
                .containsExactlyInAnyOrder(Factor.VISION, Factor.STAKEHOLDERS);
    }
}
