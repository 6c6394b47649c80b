package org.inclusionscan.aggregate;

import java.util.Objects;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;

/**
 * One cell of the domain x dimension grid over a selection.
 *
 * @param domain       the domain
 * @param dimension    the dimension
 * @param distribution the cell's means over the organisations
 */
public record CellFigures(Domain domain, Dimension dimension, Distribution distribution) {

    /**
     * Checks the components.
     *
     * @param domain       the domain
     * @param dimension    the dimension
     * @param distribution the distribution
     */
    public CellFigures {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(distribution, "distribution");
    }
}
