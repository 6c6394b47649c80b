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

    /**
     * Checks that the round met its minimum and keeps an unmodifiable copy of the cards.
     *
     * @param respondents        the round's respondents
     * @param minimumRespondents the anonymity minimum of the round
     * @param cards              the cards, in the order they are played
     * @throws IllegalArgumentException when the respondents are below the minimum
     */
    public Deck {
        cards = List.copyOf(cards);
        if (respondents < minimumRespondents) {
            throw new IllegalArgumentException("A deck of a round with %d respondents, below its minimum (%d), cannot exist."
                    .formatted(respondents, minimumRespondents));
        }
    }

    /**
     * The card with this reference, if it is in the deck.
     *
     * @param ref the card to look up
     * @return the card, or empty
     */
    public Optional<Card> card(CardRef ref) {
        return cards.stream().filter(card -> card.ref().equals(ref)).findFirst();
    }

    /**
     * The cards of one kind, in the order they are played.
     *
     * @param kind item or factor
     * @return the cards of that kind
     */
    public List<Card> cards(CardKind kind) {
        return cards.stream().filter(card -> card.ref().kind() == kind).toList();
    }
}
