package org.inclusionscan.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;

/**
 * One statement of a questionnaire, answered on a 1-5 agreement scale.
 *
 * @param dimension the dimension of the organisation's inclusion the statement speaks to most (culture,
 *                  practice or policy), or null for a statement that describes the target group rather than the
 *                  organisation: such an item counts for its factor and domain but in no dimension (seed 000 does
 *                  not split the working factors by dimension; the dimensions describe the organisation as a whole)
 * @param reversed true for a negatively worded statement: its answers are flipped (6 - answer)
 *                 before scoring, so that a higher score always means a stronger situation
 * @param text     the statement per language; at least one language
 */
public record Item(String id, Factor factor, Dimension dimension, boolean reversed, Map<Language, String> text) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id        the id
     * @param factor    the factor
     * @param dimension the dimension, or null for an item that describes the target group, not the organisation
     * @param reversed  true for a negatively worded statement: its answers are flipped (6 - answer) before scoring, so that a higher score always means a stronger situation
     * @param text      the statement per language; at least one language
     */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factor, "factor");
        text = Map.copyOf(text);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The item (%s) needs a text in at least one language.".formatted(id));
        }
    }

    /**
     * The dimension, if the item has one.
     *
     * @return the dimension, or empty for an item that describes the target group rather than the organisation
     */
    public Optional<Dimension> optionalDimension() {
        return Optional.ofNullable(dimension);
    }

    /**
     * The text in the language, or, where the questionnaire lacks it, in Dutch, French or English.
     *
     * @param language nl, fr or en
     * @return the item's statement
     */
    public String text(Language language) {
        return Questionnaire.inLanguage(text, language);
    }

    /**
     * The answer as it counts for the score: flipped for reversed items.
     *
     * @param answer 1 to 5 as given
     * @return 1 to 5 as it counts
     */
    public int scored(int answer) {
        return reversed ? 6 - answer : answer;
    }
}
