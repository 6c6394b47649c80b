package org.inclusionscan.session;

/**
 * A round with fewer respondents than its anonymity minimum: nothing of it may be shown, so no
 * deck is built. The numbers are kept for an answer such as
 * {@code {"reason": "below-minimum", "respondents": 2, "minimum": 5}}.
 */
public final class BelowMinimumException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The number of people who answered the round. */
    private final int respondents;
    /** The anonymity minimum of the round. */
    private final int minimum;

    /**
     * Creates the exception with a message that says how many more answers are needed.
     *
     * @param respondents the number of people who answered
     * @param minimum     the anonymity minimum of the round
     */
    public BelowMinimumException(int respondents, int minimum) {
        super("The round has %d respondent%s, below its anonymity minimum (%d): no card can be shown until %d more answer%s."
                .formatted(respondents, respondents == 1 ? "" : "s", minimum, minimum - respondents, minimum - respondents == 1 ? "" : "s"));
        this.respondents = respondents;
        this.minimum = minimum;
    }

    /**
     * The number of people who answered the round.
     *
     * @return the respondents
     */
    public int respondents() {
        return respondents;
    }

    /**
     * The anonymity minimum of the round.
     *
     * @return the minimum
     */
    public int minimum() {
        return minimum;
    }
}
