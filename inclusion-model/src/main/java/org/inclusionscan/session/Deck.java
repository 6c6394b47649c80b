package org.inclusionscan.session;

import java.util.List;
import java.util.Optional;

/**
 * The cards of a team session, in the order they are played: the item cards (widest spread
 * first), then the factor cards (weakest first). Built by {@link DeckBuilder}. Immutable.
 *
 * @param respondents        the round's respondents
 * @param minimumRespondents the anonymity minimum the round met
 */
public record Deck(int respondents, int minimumRespondents, List<Card> cards) {

    public Deck {
        cards = List.copyOf(cards);
        if (respondents < minimumRespondents) {
            throw new IllegalArgumentException("A deck of a round with %d respondents, below its minimum (%d), cannot exist."
                    .formatted(respondents, minimumRespondents));
        }
    }

    public Optional<Card> card(CardRef ref) {
        return cards.stream().filter(card -> card.ref().equals(ref)).findFirst();
    }

    public List<Card> cards(CardKind kind) {
        return cards.stream().filter(card -> card.ref().kind() == kind).toList();
    }
}
