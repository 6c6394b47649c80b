package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.Comparison;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.Deck;
import org.inclusionscan.session.DeckBuilder;
import org.inclusionscan.session.History;
import org.inclusionscan.session.RoundContext;
import org.junit.jupiter.api.Test;

/**
 * Three rounds of Het Anker through the library, as the server will run them: round 1, a team
 * session with agreements, round 2 advised with the reviewed agreements, a second session, round 3
 * advised with the whole history; round 3's report compares with round 2 and reviews every agreement.
 * Rounds 2 and 3 are round 1's team with the answers on a few factors set, so the history is known.
 */
class ThreeRoundHistoryTest {

    private static final int ANONYMITY_MINIMUM = 5;
    private final Advisor advisor = Advisor.defaults();
    private final Reporter reporter = Reporter.withTexts(advisor.texts());

    @Test
    void roundThreeKnowsWhatBecameOfTheAgreementsOfRoundsOneAndTwo() throws IOException {
        // GIVEN round 1 and its team session, played from the deck
        Scan first = ExampleScan.HET_ANKER_2025.read();
        ScanResult round1 = advisor.evaluate(first);
        Deck deck1 = DeckBuilder.create().build(round1, ANONYMITY_MINIMUM);
        assertThat(deck1.cards()).isNotEmpty();
        AgreedPicture session1 = new AgreedPicture(LocalDate.of(2025, 12, 2), List.of(
                CardOutcome.of(CardRef.factor(Factor.NETWORK_VITALITY), 2, new Agreement(Factor.NETWORK_VITALITY,
                        "Map the networks of ten regular visitors", Role.FRONTLINE, LocalDate.of(2026, 3, 31), "inclusieweb")),
                CardOutcome.of(CardRef.factor(Factor.PARTICIPATION), 3, new Agreement(Factor.PARTICIPATION,
                        "A visitors' council twice a year", Role.STAFF, LocalDate.of(2026, 6, 30), "vvsg-45-methodieken"))));

        // AND round 2: network vitality and image weak; the coordinator marks round 1's agreements
        Scan second = withFactors(first, LocalDate.of(2026, 11, 18), Map.of(Factor.NETWORK_VITALITY, 2, Factor.IMAGE, 2));
        List<AgreementReview> reviewedInRound2 = List.of(
                review(session1, 0, AgreementStatus.DONE), review(session1, 1, AgreementStatus.DROPPED));
        ScanResult round2 = advisor.evaluate(second, History.of(round1.scores(), reviewedInRound2));
        AgreedPicture session2 = new AgreedPicture(LocalDate.of(2026, 11, 25), List.of(
                CardOutcome.of(CardRef.factor(Factor.IMAGE), 2, new Agreement(Factor.IMAGE,
                        "Talk about the image of our visitors in every team meeting", Role.STAFF, LocalDate.of(2027, 3, 1),
                        "kletspot-eenzaamheid")),
                CardOutcome.of(CardRef.factor(Factor.PARTICIPATION), 3, Agreement.of(Factor.PARTICIPATION,
                        "A suggestion box at the bar", Role.VOLUNTEER, LocalDate.of(2027, 2, 1)))));

        // AND round 3: network vitality still weak, image lifted; the coordinator marks every agreement so far
        Scan third = withFactors(first, LocalDate.of(2027, 11, 17), Map.of(Factor.NETWORK_VITALITY, 2, Factor.IMAGE, 4));
        List<AgreementReview> reviewedInRound3 = List.of(
                review(session1, 0, AgreementStatus.DONE), review(session1, 1, AgreementStatus.DROPPED),
                review(session2, 0, AgreementStatus.DONE), review(session2, 1, AgreementStatus.DROPPED));

        // WHEN round 3 is advised with its history and reported with its review
        ScanResult round3 = advisor.evaluate(third, History.of(round2.scores(), reviewedInRound3));
        ReportOptions options = ReportOptions.in(Language.EN).withGeneratedOn(LocalDate.of(2027, 11, 20));
        Comparison comparison = reporter.compare(round2, round3, options);
        String report = reporter.render(round3, RoundContext.NONE.withReviews(reviewedInRound3), ReportFormat.JSON, options);
        String markdown = reporter.render(round3, RoundContext.NONE.withReviews(reviewedInRound3), ReportFormat.MARKDOWN, options);

        // THEN round 2 saw network vitality weak in both rounds after a done agreement, and one dropped agreement only
        assertThat(round1.scores().factor(Factor.NETWORK_VITALITY).mean()).isLessThan(2.5);
        assertThat(round2.advice().recommendationIds()).contains("followup.still-weak-after-done")
                .doesNotContain("followup.dropped-again", "followup.improved-after-done");
        // AND round 3 sees the history of both sessions
        assertThat(round3.advice().recommendationIds()).contains("followup.still-weak-after-done", "followup.dropped-again",
                "followup.improved-after-done", "factor.network-vitality.weak").doesNotContain("factor.image.weak");
        assertThat(round3.advice().recommendation("followup.still-weak-after-done")).hasValueSatisfying(r ->
                assertThat(r.factors()).containsExactly(Factor.NETWORK_VITALITY));
        assertThat(round3.advice().recommendation("followup.dropped-again")).hasValueSatisfying(r ->
                assertThat(r.factors()).containsExactly(Factor.PARTICIPATION));
        assertThat(round3.advice().recommendation("followup.improved-after-done")).hasValueSatisfying(r ->
                assertThat(r.factors()).containsExactly(Factor.IMAGE));
        // AND the report of round 3 compares with round 2 ...
        assertThat(comparison.earlierDate()).isEqualTo(second.date());
        assertThat(comparison.improved()).contains(Factor.IMAGE);
        assertThat(comparison.appeared()).contains("followup.improved-after-done", "followup.dropped-again");
        // ... and reviews every earlier agreement
        JsonNode json = Json.mapper().readTree(report);
        assertThat(json.at("/schemaVersion").asText()).isEqualTo("1.1");
        assertThat(json.at("/agreementReview/counts/done").asInt()).isEqualTo(2);
        assertThat(json.at("/agreementReview/counts/dropped").asInt()).isEqualTo(2);
        assertThat(json.at("/agreementReview/agreements")).hasSize(4);
        assertThat(json.has("agreedPicture")).isFalse();
        assertThat(markdown).contains("## Follow-up of earlier agreements", "A suggestion box at the bar");
    }

    private static AgreementReview review(AgreedPicture session, int index, AgreementStatus status) {
        return new AgreementReview(session.agreements().get(index), session.heldOn(), status);
    }

    /** The same team a later day, every answer on these factors' items set (as scored: flipped for reversed items). */
    private static Scan withFactors(Scan scan, LocalDate date, Map<Factor, Integer> scored) {
        List<Respondent> respondents = new ArrayList<>();
        for (Respondent respondent : scan.respondents()) {
            Map<String, Answer> answers = new LinkedHashMap<>(respondent.answers());
            // The items of the questionnaire the scan answered (the example scans answered selfscan-1).
            Questionnaire questionnaire = QuestionnaireRegistry.defaults().find(scan.questionnaireId()).orElseThrow();
            for (Item item : questionnaire.items()) {
                Integer value = scored.get(item.factor());
                if (value != null) {
                    answers.put(item.id(), Answer.of(item.scored(value)));
                }
            }
            respondents.add(new Respondent(respondent.id(), respondent.role(), answers, respondent.note()));
        }
        return new Scan(scan.organisation(), scan.questionnaireId(), date, respondents, scan.note());
    }
}
