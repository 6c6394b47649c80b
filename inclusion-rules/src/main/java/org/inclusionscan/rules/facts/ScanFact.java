package org.inclusionscan.rules.facts;

import java.util.Locale;

/**
 * The scan as a whole: how many respondents, and whether every factor, domain and dimension has
 * a score (rules that judge "everything" need that). Immutable.
 */
public final class ScanFact {

    private final int respondents;
    private final boolean complete;
    private final Double overallMean;

    public ScanFact(int respondents, boolean complete, Double overallMean) {
        this.respondents = respondents;
        this.complete = complete;
        this.overallMean = overallMean;
    }

    public int getRespondents() {
        return respondents;
    }

    /** Every factor, domain and dimension has a score. */
    public boolean isComplete() {
        return complete;
    }

    /** The overall mean, null when absent. */
    public Double getOverallMean() {
        return overallMean;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "scan: %d respondent(s), %s", respondents,
                complete ? "every score present" : "some scores absent");
    }
}
