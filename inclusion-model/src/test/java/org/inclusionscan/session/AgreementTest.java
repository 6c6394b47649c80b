package org.inclusionscan.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;

/** Agreements, card outcomes and the agreed picture refuse what a team session cannot have recorded. */
class AgreementTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 1);
    private static final Agreement MAP_NETWORKS = new Agreement(Factor.NETWORK_VITALITY, "Map the networks of ten visitors",
            Role.FRONTLINE, DUE, "inclusieweb");

    @Test
    void anAgreementNeedsAnActionThatIsNotBlankNorTooLong() {
        assertThatThrownBy(() -> Agreement.of(Factor.IMAGE, "  ", Role.STAFF, DUE))
                .hasMessage("The action of an agreement on factor (image) is blank; say what will be done.");
        assertThatThrownBy(() -> Agreement.of(Factor.IMAGE, "x".repeat(501), Role.STAFF, DUE))
                .hasMessage("The action of an agreement on factor (image) has 501 characters; at most 500 are allowed.");
    }

    @Test
    void aToolIdIsCheckedForItsFormAndAgainstTheCatalogue() {
        assertThatThrownBy(() -> MAP_NETWORKS.withTool("Inclusie Web"))
                .hasMessageStartingWith("The tool id (Inclusie Web) of an agreement on factor (network-vitality) is not a tool id");
        Agreement unknown = MAP_NETWORKS.withTool("inclusie-wiki");
        assertThatThrownBy(() -> unknown.checkedAgainst(ToolCatalogue.defaults()))
                .isInstanceOf(UnknownIdException.class).hasMessageStartingWith("The tool id (inclusie-wiki) is unknown.");
        assertThat(MAP_NETWORKS.checkedAgainst(ToolCatalogue.defaults())).isSameAs(MAP_NETWORKS);
        assertThat(Agreement.of(Factor.IMAGE, "Talk", Role.BOARD, DUE).toolId()).isEmpty();
    }

    @Test
    void aSharedScoreIsOnTheOneToFiveScale() {
        assertThatThrownBy(() -> CardOutcome.of(CardRef.factor(Factor.IMAGE), 6))
                .hasMessage("The shared score (6) of card (factor:image) must be between 1 and 5.");
    }

    @Test
    void anAgreementWorksOnTheFactorOfItsCard() {
        assertThatThrownBy(() -> CardOutcome.of(CardRef.item("image-2", Factor.IMAGE), 3, MAP_NETWORKS))
                .hasMessage("An agreement on factor (network-vitality) cannot be made on card (item:image-2), which is about factor (image).");
    }

    @Test
    void aCardHasOneOutcomeInAPicture() {
        CardOutcome outcome = CardOutcome.of(CardRef.factor(Factor.NETWORK_VITALITY), 2, MAP_NETWORKS);

        assertThatThrownBy(() -> new AgreedPicture(DUE, List.of(outcome, outcome)))
                .hasMessage("The card (factor:network-vitality) has two outcomes; record one per card.");
    }

    @Test
    void theAgreementsOfAPictureStartOpenOnTheDayOfTheSession() {
        // GIVEN
        LocalDate session = LocalDate.of(2026, 12, 1);
        AgreedPicture picture = new AgreedPicture(session, List.of(
                CardOutcome.of(CardRef.factor(Factor.NETWORK_VITALITY), 2, MAP_NETWORKS),
                CardOutcome.of(CardRef.item("image-2", Factor.IMAGE), 4)));

        // WHEN
        List<AgreementReview> reviews = picture.asOpenReviews();

        // THEN
        assertThat(reviews).containsExactly(new AgreementReview(MAP_NETWORKS, session, AgreementStatus.OPEN));
        assertThat(picture.outcome(CardRef.item("image-2", Factor.IMAGE))).hasValueSatisfying(o -> assertThat(o.sharedScore()).isEqualTo(4));
    }

    @Test
    void aFactorCardCarriesItsOwnFactor() {
        assertThatThrownBy(() -> new CardRef(CardKind.FACTOR, "vision", Factor.IMAGE))
                .hasMessage("The factor card (vision) must carry its own factor, not (image).");
        assertThat(CardRef.item("vision-1", Factor.VISION).key()).isEqualTo("item:vision-1");
    }

    @Test
    void statusIdsAreStable() {
        assertThat(AgreementStatus.fromId("dropped")).isEqualTo(AgreementStatus.DROPPED);
        assertThatThrownBy(() -> AgreementStatus.fromId("gedaan"))
                .hasMessage("The agreement status id (gedaan) is unknown. Maybe use one of [open, ongoing, done, dropped].");
    }
}
