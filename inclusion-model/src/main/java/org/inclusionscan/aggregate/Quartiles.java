package org.inclusionscan.aggregate;

import java.util.Arrays;
import java.util.Objects;

/**
 * The lower quartile, median and upper quartile of a set of values, by linear interpolation between
 * the order statistics: Hyndman and Fan's definition 7, the default of R, NumPy and Excel's
 * {@code QUARTILE.INC}. For the sorted values {@code x[0] <= ... <= x[n-1]} the p-quantile is
 * {@code x[j] + g * (x[j+1] - x[j])} with {@code h = (n - 1) * p}, {@code j = floor(h)} and {@code g = h - j}.
 * So the median is the usual one (the middle value, or the mean of the two middle ones), and
 * {@code q1 <= median <= q3} always holds.
 *
 * @param q1     the lower quartile (p = 0.25)
 * @param median the median (p = 0.5)
 * @param q3     the upper quartile (p = 0.75)
 */
public record Quartiles(double q1, double median, double q3) {

    /** The method's id, as the aggregate JSON names it. */
    public static final String METHOD = "hyndman-fan-7";

    /**
     * Checks the order of the components.
     *
     * @param q1     the lower quartile
     * @param median the median
     * @param q3     the upper quartile
     */
    public Quartiles {
        if (!(q1 <= median && median <= q3)) {
            throw new IllegalArgumentException(
                    "The quartiles (%s, %s, %s) must not decrease.".formatted(q1, median, q3));
        }
    }

    /**
     * The quartiles of some values, in any order.
     *
     * @param values at least one finite value
     * @return the quartiles
     * @throws IllegalArgumentException when there is no value or a value is not finite
     */
    public static Quartiles of(double... values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("The quartiles of no values do not exist; give at least one value.");
        }
        double[] sorted = values.clone();
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("The value (%s) must be a finite number.".formatted(value));
            }
        }
        Arrays.sort(sorted);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** The p-quantile of sorted values (definition 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int j = (int) Math.floor(h);
        double g = h - j;
        if (j + 1 >= sorted.length || g == 0.0) {
            return sorted[j];
        }
        // x[j] + g * (x[j+1] - x[j]) stays between the two values, so the result never leaves their range.
        return Math.min(sorted[j + 1], Math.max(sorted[j], sorted[j] + g * (sorted[j + 1] - sorted[j])));
    }
}
