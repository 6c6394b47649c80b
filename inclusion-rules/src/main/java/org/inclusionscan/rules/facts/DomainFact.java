package org.inclusionscan.rules.facts;

import java.util.Objects;
import org.inclusionscan.model.Domain;
import org.inclusionscan.rules.Thresholds;

/** The score of one domain, rounded to two decimals. Immutable. */
public final class DomainFact {

    private final Domain domain;
    private final double mean;

    public DomainFact(Domain domain, double mean) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.mean = Thresholds.round(mean);
    }

    public Domain getDomain() {
        return domain;
    }

    public double getMean() {
        return mean;
    }

    @Override
    public String toString() {
        return "domain " + domain.id() + ": mean " + Decimals.two(mean);
    }
}
