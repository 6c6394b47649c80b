package org.inclusionscan.rules.facts;

import java.util.Objects;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.rules.Thresholds;
import org.kie.api.definition.type.ClassReactive;

/**
 * The score of one dimension (culture, practice, policy), rounded to two decimals. Immutable, so
 * never modified in a session: class reactivity costs nothing and lets rules compare two
 * dimensions through {@link #gapAbove}.
 */
@ClassReactive
public final class DimensionFact {

    private final Dimension dimension;
    private final double mean;

    /**
     * A dimension's score as a fact.
     *
     * @param dimension the dimension
     * @param mean      its mean, rounded to two decimals
     */
    public DimensionFact(Dimension dimension, double mean) {
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.mean = Thresholds.round(mean);
    }

    /**
     * The dimension.
     *
     * @return the dimension
     */
    public Dimension getDimension() {
        return dimension;
    }

    /**
     * The dimension's mean, to two decimals.
     *
     * @return the mean, 1 to 5
     */
    public double getMean() {
        return mean;
    }

    /**
     * How far this dimension is above the other, in exact hundredths (no floating-point drift).
     *
     * @param other another dimension
     * @return this mean minus the other's, negative when below
     */
    public double gapAbove(DimensionFact other) {
        return (Math.round(mean * 100) - Math.round(other.mean * 100)) / 100.0;
    }

    @Override
    public String toString() {
        return "dimension " + dimension.id() + ": mean " + Decimals.two(mean);
    }
}
