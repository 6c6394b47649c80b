package org.inclusionscan.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The team session's values as JSON, with the library's one mapper: ids in kebab-case, dates as ISO
 * dates, and back to equal values, so that a server can store and send them as they are.
 */
class SessionJsonTest {

    private static final Agreement MAP_NETWORKS = new Agreement(Factor.NETWORK_VITALITY, "Map the networks of ten visitors",
            Role.FRONTLINE, LocalDate.of(2027, 3, 31), "inclusieweb");

    @Test
    void anAgreedPictureAndItsReviewsGoToJsonAndBack() throws Exception {
        // GIVEN
        AgreedPicture picture = new AgreedPicture(LocalDate.of(2026, 11, 30), List.of(
                CardOutcome.of(CardRef.item("network-vitality-2", Factor.NETWORK_VITALITY), 2, MAP_NETWORKS),
                CardOutcome.of(CardRef.factor(Factor.VISION), 4)));
        RoundContext round = RoundContext.of(picture).withReviews(List.of(
                new AgreementReview(Agreement.of(Factor.IMAGE, "Talk about it", Role.STAFF, LocalDate.of(2026, 3, 1)),
                        LocalDate.of(2025, 12, 1), AgreementStatus.DROPPED)));

        // WHEN
        String json = Json.mapper().writeValueAsString(round);
        JsonNode tree = Json.mapper().readTree(json);

        // THEN
        assertThat(tree.at("/agreedPicture/heldOn").asText()).isEqualTo("2026-11-30");
        assertThat(tree.at("/agreedPicture/outcomes/0/card/kind").asText()).isEqualTo("item");
        assertThat(tree.at("/agreedPicture/outcomes/0/agreements/0/role").asText()).isEqualTo("frontline");
        assertThat(tree.at("/reviews/0/status").asText()).isEqualTo("dropped");
        assertThat(tree.has("empty")).isFalse();
        assertThat(Json.mapper().readValue(json, RoundContext.class)).isEqualTo(round);
    }

    @Test
    void aHistoryGoesToJsonAndBack() throws Exception {
        History history = new History(Map.of(Factor.IMAGE, 2.2), List.of(
                new History.PastAgreement(Factor.IMAGE, null, AgreementStatus.DONE)));

        String json = Json.mapper().writeValueAsString(history);

        assertThat(Json.mapper().readTree(json).has("empty")).isFalse();
        assertThat(Json.mapper().readValue(json, History.class)).isEqualTo(history);
    }

    @Test
    void aDeckGoesToJsonWithCountsOnly() throws Exception {
        Deck deck = new Deck(6, 5, List.of(
                new Card(1, CardRef.item("image-1", Factor.IMAGE), 3.0, new AnswerDistribution(List.of(2, 0, 1, 0, 2), 1), false,
                        List.of(), List.of()),
                new Card(2, CardRef.factor(Factor.VISION), 2.1, null, false, List.of("factor.vision.weak"), List.of("opiniestuk"))));

        JsonNode tree = Json.mapper().readTree(Json.mapper().writeValueAsString(deck));

        assertThat(tree.at("/cards/0/distribution/counts").toString()).isEqualTo("[2,0,1,0,2]");
        assertThat(tree.at("/cards/0/distribution/dontKnow").asInt()).isEqualTo(1);
        assertThat(tree.at("/cards/1").has("distribution")).isFalse();
        assertThat(tree.at("/cards/1/ref/key").isMissingNode()).isTrue();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(deck), Deck.class)).isEqualTo(deck);
    }
}
