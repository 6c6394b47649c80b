package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domains.drl: the whole environment domain weak. */
class DomainsRulesTest {

    @ParameterizedTest(name = "environment {0} -> weak {1}")
    @CsvSource({"2.0, true", "2.49, true", "2.5, false", "3.5, false"})
    void environmentIsWeakBelowItsThreshold(double mean, boolean weak) {
        // GIVEN one of the partner and neighbourhood factors weak
        var scores = ScoreCards.builder().domain(Domain.ENVIRONMENT, mean).factor(Factor.STAKEHOLDERS, 2.2).build();

        // WHEN
        Advice advice = Rules.fireOnly("domain.environment.weak", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendationIds().contains("domain.environment.weak")).isEqualTo(weak);
        if (weak) {
            assertThatAdvice(advice).recommendsTools("buurtkaart-organisatie", "leidraad-buurtanalyse", "allianties");
            assertThat(advice.recommendations().get(0).domains()).containsExactly(Domain.ENVIRONMENT);
        }
    }

    @ParameterizedTest(name = "weak {0} -> domain advice {1}")
    @CsvSource({"legislation, false", "stakeholders, true", "inspiring-practices, true", "local-environment, true", "bridge-figures, true"})
    void aWeakDomainIsThePartnersAdviceOnlyWhenAPartnerOrNeighbourhoodFactorIsWeak(String factor, boolean advised) {
        // GIVEN a weak environment domain with only this factor below the weak threshold
        var scores = ScoreCards.builder().domain(Domain.ENVIRONMENT, 2.3).factor(Factor.fromId(factor), 1.5).build();

        // WHEN
        Advice advice = Rules.fireOnly("domain.environment.weak", scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(advice.recommendationIds().contains("domain.environment.weak")).isEqualTo(advised);
    }
}
