package org.inclusionscan.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small questionnaire: vision {@code v1}, {@code v2} (reversed), image {@code i1}, network
 * vitality {@code n1}. Answers per respondent as {@code v1,v2,i1,n1}, respondents separated by
 * {@code |}; {@code dk} is "don't know" and {@code -} a missing answer.
 */
class DeckBuilderTest {

    private static final Questionnaire SMALL = new Questionnaire("small", Map.of(Language.EN, "small"), Map.of(), List.of(
            new Item("v1", Factor.VISION, Dimension.POLICY, false, Map.of(Language.EN, "one")),
            new Item("v2", Factor.VISION, Dimension.CULTURE, true, Map.of(Language.EN, "two")),
            new Item("i1", Factor.IMAGE, Dimension.PRACTICE, false, Map.of(Language.EN, "three")),
            new Item("n1", Factor.NETWORK_VITALITY, Dimension.PRACTICE, false, Map.of(Language.EN, "four"))));

    private static final List<String> IDS = List.of("v1", "v2", "i1", "n1");

    @Test
    void itemCardsComeFirstWidestSpreadFirstThenTheWeakestFactors() {
        // GIVEN v1 split 1/5, i1 split 1/4, v2 and n1 unanimous; network vitality 2.0, image 2.5, vision 3.0
        ScanResult round = round("1,3,1,2|5,3,4,2|1,3,1,2|5,3,4,2", advice());

        // WHEN
        Deck deck = DeckBuilder.create().withFactorCards(2).build(round, 3);

        // THEN
        assertThat(deck.cards()).extracting(card -> card.ref().key())
                .containsExactly("item:v1", "item:i1", "factor:network-vitality", "factor:image");
        assertThat(deck.cards()).extracting(Card::position).containsExactly(1, 2, 3, 4);
        assertThat(deck.respondents()).isEqualTo(4);
        assertThat(deck.minimumRespondents()).isEqualTo(3);
    }

    @Test
    void anItemCardShowsOnlyCountsPerAnswerAndDontKnow() {
        // GIVEN
        ScanResult round = round("1,3,3,3|5,3,3,3|5,3,3,3|dk,3,3,3|-,3,3,3", advice());

        // WHEN
        Card card = DeckBuilder.create().build(round, 3).cards().get(0);

        // THEN
        assertThat(card.ref()).isEqualTo(CardRef.item("v1", Factor.VISION));
        assertThat(card.distribution()).isEqualTo(new AnswerDistribution(List.of(1, 0, 0, 0, 2), 1));
        assertThat(card.mean()).isCloseTo(11.0 / 3, within(1e-9));
        assertThat(card.recommendations()).isEmpty();
    }

    @Test
    void aReversedItemIsShownAsAnsweredNotFlipped() {
        // GIVEN v2 is reversed; everybody else agrees
        ScanResult round = round("3,1,3,3|3,1,3,3|3,5,3,3", advice());

        // WHEN
        Card card = DeckBuilder.create().build(round, 3).cards().get(0);

        // THEN
        assertThat(card.ref().id()).isEqualTo("v2");
        assertThat(card.reversed()).isTrue();
        assertThat(card.distribution().counts()).containsExactly(2, 0, 0, 0, 1);
        assertThat(card.mean()).isCloseTo(7.0 / 3, within(1e-9));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1,3,3,3|5,3,3,3|3,3,3,3|3,1,3,3|3,5,3,3|3,3,3,3 ; v1 v2
            1,3,1,3|5,3,5,3|3,3,3,3                        ; v1 i1
            1,3,1,3|5,3,5,3|dk,3,1,3|-,3,5,3               ; i1 v1
            1,3,3,3|5,3,3,3|dk,3,3,3|dk,3,3,3|dk,3,3,3     ; v1
            1,3,3,3|5,3,3,3|-,3,3,3|-,3,3,3                ; none
            3,3,3,3|4,3,3,3|3,3,3,3|4,3,3,3                ; v1
            3,3,3,3|3,3,3,3|3,3,3,3|4,3,3,3                ; none
            """)
    void tiesAreBrokenByMoreAnswersThenQuestionnaireOrderAndThinItemsAreLeftOut(String answers, String expected) {
        // GIVEN equal spreads: v1 and v2 tie, as do v1 and i1; in the third row i1 has 4 answers on the scale,
        // v1 2 (and a don't know); in the fourth v1 has 2 answers on the scale and 3 don't know (5, enough);
        // in the fifth only 2 answered; sd 0.5 is in, 0.43 out

        // WHEN
        Deck deck = DeckBuilder.create().withFactorCards(0).build(round(answers, advice()), 3);

        // THEN
        assertThat(deck.cards()).extracting(card -> card.ref().id())
                .containsExactlyElementsOf(expected.equals("none") ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void aFactorCardCarriesTheAdviceOnItsFactorAndTheirTools() {
        // GIVEN
        ScanResult round = round("3,3,2,1|3,3,2,2|3,3,2,1", advice());

        // WHEN
        Deck deck = DeckBuilder.create().withItemCards(0).withFactorCards(2).build(round, 3);

        // THEN
        assertThat(deck.cards()).extracting(card -> card.ref().key()).containsExactly("factor:network-vitality", "factor:image");
        Card network = deck.cards().get(0);
        assertThat(network.distribution()).isNull();
        assertThat(network.mean()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(network.recommendations()).containsExactly("factor.network-vitality.weak", "team.disagreement");
        assertThat(network.tools()).containsExactly("inclusieweb", "buurtkaart-burger", "inclusietafels");
        assertThat(deck.cards().get(1).recommendations()).containsExactly("team.disagreement");
    }

    @Test
    void factorsWithEqualMeansFollowTheDocumentedFactorOrder() {
        // GIVEN vision and image both 2.0; factors without items have no score
        ScanResult round = round("2,4,2,3|2,4,2,3|2,4,2,3", advice());

        // WHEN
        Deck deck = DeckBuilder.create().withItemCards(0).withFactorCards(24).build(round, 3);

        // THEN
        assertThat(deck.cards()).extracting(card -> card.ref().key())
                .containsExactly("factor:vision", "factor:image", "factor:network-vitality");
    }

    @Test
    void aRoundBelowItsAnonymityMinimumGetsNoDeck() {
        // GIVEN
        ScanResult round = round("1,3,3,3|5,3,3,3|1,3,3,3|5,3,3,3", advice());

        // WHEN / THEN
        assertThatThrownBy(() -> DeckBuilder.create().build(round, 5))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> {
                    assertThat(e.respondents()).isEqualTo(4);
                    assertThat(e.minimum()).isEqualTo(5);
                })
                .hasMessageContaining("(5)");
    }

    @Test
    void theAnonymityMinimumIsNeverBelowThree() {
        ScanResult round = round("1,3,3,3|5,3,3,3", advice());

        assertThatThrownBy(() -> DeckBuilder.create().build(round, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The anonymity minimum (2) must be at least 3.");
    }

    @Test
    void theSameRoundAlwaysGivesTheSameDeck() {
        ScanResult round = round("1,3,2,2|5,1,4,2|1,5,2,2|5,3,4,2|3,dk,1,5", advice());

        assertThat(DeckBuilder.create().build(round, 3)).isEqualTo(DeckBuilder.create().build(round, 3));
    }

    private static Advice advice() {
        Explanation because = new Explanation("r", "default", "1", List.of());
        return new Advice(new RuleSetInfo("default", "1"), List.of(
                new Recommendation("factor.network-vitality.weak", 70, List.of(Factor.NETWORK_VITALITY), List.of(), List.of(),
                        Map.of(), List.of("inclusieweb", "buurtkaart-burger"), because),
                new Recommendation("team.disagreement", 50, List.of(Factor.IMAGE, Factor.NETWORK_VITALITY), List.of(), List.of(),
                        Map.of(), List.of("inclusietafels", "inclusieweb"), because)),
                List.of(new ToolSuggestion("inclusieweb", List.of("factor.network-vitality.weak"))));
    }

    private static ScanResult round(String answers, Advice advice) {
        List<Respondent> respondents = new ArrayList<>();
        String[] people = answers.split("\\|");
        for (int r = 0; r < people.length; r++) {
            String[] values = people[r].split(",");
            Map<String, Answer> given = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                switch (values[i].strip()) {
                    case "-" -> { }
                    case "dk" -> given.put(IDS.get(i), Answer.DONT_KNOW);
                    default -> given.put(IDS.get(i), Answer.of(Integer.parseInt(values[i].strip())));
                }
            }
            respondents.add(new Respondent("r" + r, Role.STAFF, given));
        }
        Scan scan = new Scan(new Organisation("Test", Region.FLANDERS, Sector.SOCIAL_WORK, List.of()), "small",
                LocalDate.of(2026, 11, 1), respondents);
        return new ScanResult(scan, SMALL, Scorer.create().score(scan, SMALL), advice);
    }
}
