package org.inclusionscan.aggregate;

import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;

/** Where each score of a score card sits in the compact arrays of {@link OrganisationResult}. */
final class Slots {

    static final int OVERALL = 0;
    private static final int FACTORS = 1;
    private static final int DOMAINS = FACTORS + Factor.values().length;
    private static final int DIMENSIONS = DOMAINS + Domain.values().length;
    private static final int CELLS = DIMENSIONS + Dimension.values().length;
    static final int COUNT = CELLS + Domain.values().length * Dimension.values().length;

    private Slots() {
    }

    static int of(Factor factor) {
        return FACTORS + factor.ordinal();
    }

    static int of(Domain domain) {
        return DOMAINS + domain.ordinal();
    }

    static int of(Dimension dimension) {
        return DIMENSIONS + dimension.ordinal();
    }

    static int of(Domain domain, Dimension dimension) {
        return CELLS + domain.ordinal() * Dimension.values().length + dimension.ordinal();
    }
}
