package org.inclusionscan.scoring;

/**
 * How many answers a score rests on.
 *
 * @param expected every item of the group times every respondent
 * @param answered answers on the 1-5 scale
 * @param dontKnow "don't know" answers
 * @param missing  items a respondent left out
 */
public record Coverage(int expected, int answered, int dontKnow, int missing) {

    /**
     * Nothing expected, nothing answered.
     */
    public static final Coverage NONE = new Coverage(0, 0, 0, 0);

    /**
     * Checks the components.
     *
     * @param expected every item of the group times every respondent
     * @param answered answers on the 1-5 scale
     * @param dontKnow "don't know" answers
     * @param missing  items a respondent left out
     */
    public Coverage {
        if (expected < 0 || answered < 0 || dontKnow < 0 || missing < 0 || answered + dontKnow + missing != expected) {
            throw new IllegalArgumentException("The coverage (expected %d, answered %d, don't know %d, missing %d) does not add up."
                    .formatted(expected, answered, dontKnow, missing));
        }
    }

    /**
     * The share of expected answers that were given on the scale, 0 when nothing was expected.
     *
     * @return 0 to 1
     */
    public double answeredShare() {
        return expected == 0 ? 0.0 : (double) answered / expected;
    }

    /**
     * The counts of both together.
     *
     * @param other another coverage
     * @return the sums
     */
    public Coverage plus(Coverage other) {
        return new Coverage(expected + other.expected, answered + other.answered, dontKnow + other.dontKnow,
                missing + other.missing);
    }
}
