package org.inclusionscan.session;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * The outcome of a team session on a round: per card played, the shared score and the agreements.
 * Cards skipped in the session have no outcome. Immutable.
 *
 * @param heldOn   the day of the session
 * @param outcomes in the order the cards were played; each card at most once
 */
public record AgreedPicture(LocalDate heldOn, List<CardOutcome> outcomes) {

    public AgreedPicture {
        Objects.requireNonNull(heldOn, "heldOn");
        outcomes = List.copyOf(outcomes);
        Set<CardRef> seen = new HashSet<>();
        for (CardOutcome outcome : outcomes) {
            if (!seen.add(outcome.card())) {
                throw new IllegalArgumentException("The card (%s) has two outcomes; record one per card.".formatted(outcome.card().key()));
            }
        }
    }

    public Optional<CardOutcome> outcome(CardRef card) {
        return outcomes.stream().filter(outcome -> outcome.card().equals(card)).findFirst();
    }

    /** Every agreement, in the order of the cards, for the action plan. */
    public List<Agreement> agreements() {
        return outcomes.stream().flatMap(outcome -> outcome.agreements().stream()).toList();
    }

    /** Each agreement as it stands right after the session: open. */
    public List<AgreementReview> asOpenReviews() {
        return agreements().stream().map(agreement -> new AgreementReview(agreement, heldOn, AgreementStatus.OPEN)).toList();
    }

    /**
     * Checks every agreement's tool against a catalogue.
     *
     * @throws org.inclusionscan.model.UnknownIdException naming the first unknown tool and the valid ids
     */
    public AgreedPicture checkedAgainst(ToolCatalogue catalogue) {
        agreements().forEach(agreement -> agreement.checkedAgainst(catalogue));
        return this;
    }
}
