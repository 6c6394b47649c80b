package org.inclusionscan.rules.facts;


/**
 * The scan as a whole: how many respondents, and whether every factor, domain and dimension has
 * a score (rules that judge "everything" need that). Immutable.
 */
public final class ScanFact {

    private final int respondents;
    private final boolean complete;
    private final Double overallMean;

    /**
     * The scan as a whole, as a fact.
     *
     * @param respondents how many respondents
     * @param complete    whether every factor, domain and dimension has a score
     * @param overallMean the overall mean, null when absent
     */
    public ScanFact(int respondents, boolean complete, Double overallMean) {
        this.respondents = respondents;
        this.complete = complete;
        this.overallMean = overallMean;
    }

    /**
     * How many respondents the scan has.
     *
     * @return the count
     */
    public int getRespondents() {
        return respondents;
    }

    /**
     * Every factor, domain and dimension has a score.
     *
     * @return true when complete
     */
    public boolean isComplete() {
        return complete;
    }

    /**
     * The overall mean, null when absent.
     *
     * @return the mean, or null
     */
    public Double getOverallMean() {
        return overallMean;
    }

    @Override
    public String toString() {
        return "scan: " + respondents + " respondent(s), " + (complete ? "every score present" : "some scores absent");
    }
}
