package org.inclusionscan.rules.facts;

import java.util.Objects;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.Thresholds;

/**
 * The score a factor had in the previous round, rounded to two decimals like {@link FactorFact}.
 * Inserted only for a follow-up round, and only for factors that had a score then. Immutable.
 */
public final class PreviousFactorFact {

    private final Factor factor;
    private final double mean;

    public PreviousFactorFact(Factor factor, double mean) {
        this.factor = Objects.requireNonNull(factor, "factor");
        this.mean = Thresholds.round(mean);
    }

    public Factor getFactor() {
        return factor;
    }

    public String getFactorId() {
        return factor.id();
    }

    public double getMean() {
        return mean;
    }

    @Override
    public String toString() {
        return "previous round, factor " + factor.id() + ": mean " + Decimals.two(mean);
    }
}
