package org.inclusionscan.session;

import java.util.List;
import java.util.Objects;

/**
 * What the team recorded on one card: the score it agrees the situation deserves and what it will
 * do. On an item card the shared score is on the statement's own scale, like the card's mean.
 *
 * @param sharedScore 1 to 5
 * @param agreements  zero or more, each on the card's factor
 */
public record CardOutcome(CardRef card, int sharedScore, List<Agreement> agreements) {

    public CardOutcome {
        Objects.requireNonNull(card, "card");
        agreements = List.copyOf(agreements);
        if (sharedScore < 1 || sharedScore > 5) {
            throw new IllegalArgumentException("The shared score (%d) of card (%s) must be between 1 and 5."
                    .formatted(sharedScore, card.key()));
        }
        for (Agreement agreement : agreements) {
            if (agreement.factor() != card.factor()) {
                throw new IllegalArgumentException("An agreement on factor (%s) cannot be made on card (%s), which is about factor (%s)."
                        .formatted(agreement.factor().id(), card.key(), card.factor().id()));
            }
        }
    }

    public static CardOutcome of(CardRef card, int sharedScore, Agreement... agreements) {
        return new CardOutcome(card, sharedScore, List.of(agreements));
    }
}
