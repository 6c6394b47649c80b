package org.inclusionscan.rules.facts;

import java.util.Objects;
import org.inclusionscan.model.Domain;
import org.inclusionscan.rules.Thresholds;

/** The score of one domain, rounded to two decimals. Immutable. */
public final class DomainFact {

    private final Domain domain;
    private final double mean;

    /**
     * A domain's score as a fact.
     *
     * @param domain the domain
     * @param mean   its mean, rounded to two decimals
     */
    public DomainFact(Domain domain, double mean) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.mean = Thresholds.round(mean);
    }

    /**
     * The domain.
     *
     * @return the domain
     */
    public Domain getDomain() {
        return domain;
    }

    /**
     * The domain's mean, to two decimals.
     *
     * @return the mean, 1 to 5
     */
    public double getMean() {
        return mean;
    }

    @Override
    public String toString() {
        return "domain " + domain.id() + ": mean " + Decimals.two(mean);
    }
}
