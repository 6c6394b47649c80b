package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;

import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;
import org.inclusionscan.session.History.PastAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** followup.drl: advice that knows the previous round and the earlier agreements. */
class FollowupRulesTest {

    private static final String STILL_WEAK = "followup.still-weak-after-done";
    private static final String DROPPED = "followup.dropped-again";
    private static final String IMPROVED = "followup.improved-after-done";

    private static History history(double previous, AgreementStatus... statuses) {
        return new History(Map.of(Factor.NETWORK_VITALITY, previous), java.util.Arrays.stream(statuses)
                .map(status -> new PastAgreement(Factor.NETWORK_VITALITY, "inclusieweb", status)).toList());
    }

    @ParameterizedTest(name = "before {0}, now {1}, agreement {2} -> {3}")
    @CsvSource({
            "2.0,  2.1,  done,    true",
            "2.49, 2.49, done,    true",
            "2.0,  2.5,  done,    false",
            "2.5,  2.1,  done,    false",
            "2.0,  2.1,  ongoing, false",
            "2.0,  2.1,  dropped, false",
            "2.0,  2.1,  open,    false"})
    void aFactorStillWeakAfterADoneAgreementGetsItsOwnAdvice(double before, double now, String status, boolean fires) {
        // GIVEN
        var scores = ScoreCards.builder().factor(Factor.NETWORK_VITALITY, now).build();

        // WHEN
        Advice advice = Rules.fireOnly(STILL_WEAK, scores, FLEMISH_SERVICE_CENTRE, history(before, AgreementStatus.fromId(status)));

        // THEN
        assertThat(advice.recommendationIds().contains(STILL_WEAK)).isEqualTo(fires);
    }

    @Test
    void theStillWeakAdviceShowsBothRoundsAndTheAgreements() {
        // GIVEN
        var scores = ScoreCards.builder().factor(Factor.NETWORK_VITALITY, 2.1).build();

        // WHEN
        Advice advice = Rules.fireOnly(STILL_WEAK, scores, FLEMISH_SERVICE_CENTRE,
                history(2.0, AgreementStatus.DONE, AgreementStatus.DROPPED));

        // THEN
        assertThat(advice.recommendations()).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.factors()).containsExactly(Factor.NETWORK_VITALITY);
            assertThat(recommendation.priority()).isEqualTo(85);
            assertThat(recommendation.tools()).containsExactly("intervisie", "inclusietafels");
            assertThat(recommendation.figures()).containsEntry("network-vitality.previous-mean", 2.0)
                    .containsEntry("network-vitality.mean", 2.1).containsEntry("network-vitality.done", 1.0)
                    .containsEntry("network-vitality.dropped", 1.0).containsEntry("factor.weak.below", 2.5);
            assertThat(recommendation.explanation().matchedFacts()).containsExactly(
                    "previous round, factor network-vitality: mean 2.00 < 2.50 (factor.weak.below)",
                    "factor network-vitality: mean 2.10 < 2.50 (factor.weak.below)",
                    "earlier agreements, factor network-vitality: 1 done, 0 ongoing, 1 dropped, 0 open");
        });
    }

    @Test
    void withoutHistoryNoFollowUpRuleFires() {
        // GIVEN a weak factor in a first round
        var scores = ScoreCards.builder().factor(Factor.NETWORK_VITALITY, 2.1).build();

        // WHEN
        Advice advice = Rules.fireOnly(STILL_WEAK, scores, FLEMISH_SERVICE_CENTRE, History.NONE);

        // THEN
        assertThat(advice.recommendations()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "dropped dropped,         true",
            "dropped done dropped,    true",
            "dropped,                 false",
            "dropped ongoing open,    false"})
    void aFactorWhoseAgreementsWereDroppedTwiceIsATopic(String statuses, boolean fires) {
        // GIVEN
        List<PastAgreement> agreements = java.util.Arrays.stream(statuses.split(" "))
                .map(status -> new PastAgreement(Factor.PARTICIPATION, null, AgreementStatus.fromId(status))).toList();

        // WHEN
        Advice advice = Rules.fireOnly(DROPPED, ScoreCards.builder().build(), FLEMISH_SERVICE_CENTRE,
                new History(Map.of(), agreements));

        // THEN
        assertThat(advice.recommendationIds().contains(DROPPED)).isEqualTo(fires);
    }

    @Test
    void oneTopicNamesEveryFactorThatKeepsBeingDropped() {
        // GIVEN
        History history = new History(Map.of(), List.of(
                new PastAgreement(Factor.PARTICIPATION, "vvsg-45-methodieken", AgreementStatus.DROPPED),
                new PastAgreement(Factor.PARTICIPATION, "macht-herverdelen", AgreementStatus.DROPPED),
                new PastAgreement(Factor.IMAGE, null, AgreementStatus.DROPPED),
                new PastAgreement(Factor.IMAGE, null, AgreementStatus.DROPPED)));

        // WHEN
        Advice advice = Rules.fireOnly(DROPPED, ScoreCards.builder().build(), FLEMISH_SERVICE_CENTRE, history);

        // THEN
        assertThat(advice.recommendations()).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.factors()).containsExactlyInAnyOrder(Factor.PARTICIPATION, Factor.IMAGE);
            assertThat(recommendation.figures()).containsEntry("participation.dropped", 2.0).containsEntry("image.dropped", 2.0)
                    .containsEntry("followup.dropped.times", 2.0);
            assertThat(recommendation.tools()).containsExactly("inclusietracker", "inclusietafels");
        });
    }

    @ParameterizedTest(name = "before {0}, now {1}, agreement {2} -> {3}")
    @CsvSource({
            "2.49, 2.5,  done,    true",
            "2.0,  3.8,  done,    true",
            "2.0,  2.49, done,    false",
            "2.5,  3.0,  done,    false",
            "2.0,  3.0,  ongoing, false"})
    void aFactorLiftedAboveTheThresholdAfterADoneAgreementIsAcknowledged(double before, double now, String status,
            boolean fires) {
        // GIVEN
        var scores = ScoreCards.builder().factor(Factor.NETWORK_VITALITY, now).build();

        // WHEN
        Advice advice = Rules.fireOnly(IMPROVED, scores, FLEMISH_SERVICE_CENTRE, history(before, AgreementStatus.fromId(status)));

        // THEN
        assertThat(advice.recommendationIds().contains(IMPROVED)).isEqualTo(fires);
    }
}
