package org.inclusionscan.scoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;

/** The score of one cell of the domain x dimension grid. */
public record CellScore(Domain domain, Dimension dimension, @JsonUnwrapped Score score) {

    /**
     * Checks the components.
     *
     * @param domain    the domain
     * @param dimension the dimension
     * @param score     the score
     */
    public CellScore {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(score, "score");
    }
}
