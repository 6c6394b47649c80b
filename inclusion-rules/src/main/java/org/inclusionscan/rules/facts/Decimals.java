package org.inclusionscan.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in explanations, written exactly as {@code String.format(Locale.ROOT, "%.2f", value)}
 * writes them, without building a {@link java.util.Formatter} (and its decimal symbols) for each
 * number: explanations are made for every recommendation of every scan, and {@code Formatter} was
 * most of the advice's cost (docs/performance.md).
 */
final class Decimals {

    private Decimals() {
    }

    /** Two decimals, half up on the shortest decimal form of the double, as {@code %.2f} rounds. */
    static String two(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        String text = new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // %.2f keeps the sign of a negative number that rounds to zero (-0.001 is "-0.00"), BigDecimal drops it.
        return Math.copySign(1.0, value) < 0 && text.charAt(0) != '-' ? "-" + text : text;
    }
}
