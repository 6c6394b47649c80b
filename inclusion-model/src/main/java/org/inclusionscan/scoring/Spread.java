package org.inclusionscan.scoring;

/**
 * How far respondents differ on a factor: each respondent's own mean over the factor's items,
 * compared across respondents.
 *
 * @param respondents       respondents with at least one answer on the factor
 * @param standardDeviation population standard deviation of their means (0 for one respondent)
 * @param lowest            the lowest respondent mean
 * @param highest           the highest respondent mean
 */
public record Spread(int respondents, double standardDeviation, double lowest, double highest) {

    /**
     * Checks the components.
     *
     * @param respondents       respondents with at least one answer on the factor
     * @param standardDeviation population standard deviation of their means (0 for one respondent)
     * @param lowest            the lowest respondent mean
     * @param highest           the highest respondent mean
     */
    public Spread {
        if (respondents < 1 || standardDeviation < 0 || lowest > highest) {
            throw new IllegalArgumentException("The spread (%d respondents, sd %s, %s to %s) is impossible."
                    .formatted(respondents, standardDeviation, lowest, highest));
        }
    }

    /**
     * The distance between the lowest and the highest respondent.
     *
     * @return highest minus lowest
     */
    public double range() {
        return highest - lowest;
    }
}
