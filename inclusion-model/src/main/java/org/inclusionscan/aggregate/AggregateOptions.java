package org.inclusionscan.aggregate;

/**
 * How an aggregate is made. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param minimum the fewest organisations any figure is shown over (default 5, never below 3): a
 *                selection, a group (region, target group), a factor's distribution or a "where you
 *                stand" comparison over fewer is withheld with the reason
 * @param top     how many of the most often weak factors, given recommendations and suggested tools are listed (default 5)
 */
public record AggregateOptions(int minimum, int top) {

    /** The anonymity minimum unless set otherwise. */
    public static final int DEFAULT_MINIMUM = 5;
    /** No anonymity minimum may be lower than this. */
    public static final int LOWEST_MINIMUM = 3;
    /** How many factors, recommendations and tools the lists hold unless set otherwise. */
    public static final int DEFAULT_TOP = 5;

    /**
     * Checks the values.
     *
     * @param minimum the fewest organisations a figure is shown over, at least 3
     * @param top     1 to 50
     * @throws IllegalArgumentException when a value is out of range (named in the message)
     */
    public AggregateOptions {
        if (minimum < LOWEST_MINIMUM) {
            throw new IllegalArgumentException(("The anonymity minimum (%d) must be at least %d organisations: with fewer, "
                    + "a figure could show one organisation's scores. The default is %d.")
                    .formatted(minimum, LOWEST_MINIMUM, DEFAULT_MINIMUM));
        }
        if (top < 1 || top > 50) {
            throw new IllegalArgumentException("The length of the top lists (%d) must be between 1 and 50.".formatted(top));
        }
    }

    /**
     * A minimum of 5 organisations and top lists of 5.
     *
     * @return the default options
     */
    public static AggregateOptions defaults() {
        return new AggregateOptions(DEFAULT_MINIMUM, DEFAULT_TOP);
    }

    /**
     * These options with another anonymity minimum.
     *
     * @param value at least 3
     * @return new options
     * @throws IllegalArgumentException when the value is below 3
     */
    public AggregateOptions withMinimum(int value) {
        return new AggregateOptions(value, top);
    }

    /**
     * These options with other top lists.
     *
     * @param value 1 to 50
     * @return new options
     */
    public AggregateOptions withTop(int value) {
        return new AggregateOptions(minimum, value);
    }
}
