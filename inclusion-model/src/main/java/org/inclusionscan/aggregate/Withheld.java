package org.inclusionscan.aggregate;

import java.util.Objects;

/**
 * Why a figure is not shown: it would rest on too few organisations. Written in JSON as
 * {@code {"reason": "below-minimum", "organisations": 4, "minimum": 5}}, like a round below its
 * minimum of respondents.
 *
 * @param reason        {@link #BELOW_MINIMUM}, or {@link #COMPLEMENT_BELOW_MINIMUM} for a group that has
 *                      enough organisations itself but whose rest of the selection has too few
 * @param organisations how many organisations the figure would rest on (for the complement: the rest)
 * @param minimum       the anonymity minimum
 */
public record Withheld(String reason, int organisations, int minimum) {

    /** Fewer organisations than the minimum. */
    public static final String BELOW_MINIMUM = "below-minimum";
    /**
     * The group has enough organisations, but the selection without it has between 1 and the minimum
     * minus 1: the group's figures beside the selection's would show those few organisations' figures.
     */
    public static final String COMPLEMENT_BELOW_MINIMUM = "complement-below-minimum";

    /**
     * Checks the components.
     *
     * @param reason        the reason's id
     * @param organisations how many organisations
     * @param minimum       the minimum
     */
    public Withheld {
        Objects.requireNonNull(reason, "reason");
        if (!BELOW_MINIMUM.equals(reason) && !COMPLEMENT_BELOW_MINIMUM.equals(reason)) {
            throw new IllegalArgumentException("The reason (%s) is unknown. Maybe use one of [%s, %s]."
                    .formatted(reason, BELOW_MINIMUM, COMPLEMENT_BELOW_MINIMUM));
        }
        if (organisations < 0 || organisations >= minimum) {
            throw new IllegalArgumentException("A figure over %d organisations is not withheld with a minimum of %d."
                    .formatted(organisations, minimum));
        }
    }

    /**
     * Too few organisations.
     *
     * @param organisations how many there are
     * @param minimum       how many are needed
     * @return the reason
     */
    public static Withheld belowMinimum(int organisations, int minimum) {
        return new Withheld(BELOW_MINIMUM, organisations, minimum);
    }
}
