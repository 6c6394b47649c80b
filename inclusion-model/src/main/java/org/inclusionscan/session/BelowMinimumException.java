package org.inclusionscan.session;

/**
 * A round with fewer respondents than its anonymity minimum: nothing of it may be shown, so no
 * deck is built. The numbers are kept for an answer such as
 * {@code {"reason": "below-minimum", "respondents": 2, "minimum": 5}}.
 */
public final class BelowMinimumException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int respondents;
    private final int minimum;

    public BelowMinimumException(int respondents, int minimum) {
        super("The round has %d respondent(s), below its anonymity minimum (%d): no card can be shown until %d more answer."
                .formatted(respondents, minimum, minimum - respondents));
        this.respondents = respondents;
        this.minimum = minimum;
    }

    public int respondents() {
        return respondents;
    }

    public int minimum() {
        return minimum;
    }
}
