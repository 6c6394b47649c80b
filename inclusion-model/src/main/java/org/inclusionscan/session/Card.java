package org.inclusionscan.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One card of the team session's deck.
 *
 * <ul>
 *   <li>An item card: a statement the team answered far apart. {@code distribution} holds the
 *       anonymous counts, {@code mean} their mean on the statement's own scale (as answered, so
 *       for a {@code reversed} statement a high mean is the weaker situation); no advice.</li>
 *   <li>A factor card: one of the weakest factors. {@code mean} is the factor's score,
 *       {@code recommendations} the ids of the advice that concerns it (highest priority first) and
 *       {@code tools} the tool ids those suggest (first mention first); no distribution.</li>
 * </ul>
 *
 * @param position     1 for the first card of the deck
 * @param distribution null for a factor card
 * @param reversed     true for an item card whose statement is negatively worded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(int position, CardRef ref, double mean, AnswerDistribution distribution, boolean reversed,
        List<String> recommendations, List<String> tools) {

    public Card {
        Objects.requireNonNull(ref, "ref");
        recommendations = List.copyOf(recommendations);
        tools = List.copyOf(tools);
        if (position < 1) {
            throw new IllegalArgumentException("The position (%d) of card (%s) must be at least 1.".formatted(position, ref.key()));
        }
        if (!(mean >= 1.0 && mean <= 5.0)) {
            throw new IllegalArgumentException("The mean (%s) of card (%s) must be between 1 and 5.".formatted(mean, ref.key()));
        }
        if ((ref.kind() == CardKind.ITEM) != (distribution != null)) {
            throw new IllegalArgumentException("Card (%s): an item card has a distribution, a factor card has none.".formatted(ref.key()));
        }
        if (ref.kind() == CardKind.FACTOR && reversed) {
            throw new IllegalArgumentException("Card (%s): only an item card can be reversed.".formatted(ref.key()));
        }
    }
}
