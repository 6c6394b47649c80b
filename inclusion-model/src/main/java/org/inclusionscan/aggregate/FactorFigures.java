package org.inclusionscan.aggregate;

import java.util.Objects;
import org.inclusionscan.model.Factor;

/**
 * One factor over a selection.
 *
 * @param factor       the factor
 * @param distribution its means over the organisations
 * @param weak         how many organisations of the selection the rules found weak on it
 */
public record FactorFigures(Factor factor, Distribution distribution, int weak) {

    /**
     * Checks the components.
     *
     * @param factor       the factor
     * @param distribution the distribution
     * @param weak         how many are weak
     */
    public FactorFigures {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(distribution, "distribution");
    }
}
