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
        // Fast path: almost every number here (means, thresholds, gaps) is already a whole number of
        // hundredths. When the double is exactly the one nearest to cents / 100, its decimal form is
        // cents / 100 (below 1e9 two such numbers are far more than one ulp apart), so %.2f writes
        // exactly those digits. -0.0 keeps the slow path for its sign.
        if (value > -1e9 && value < 1e9) {
            long cents = Math.round(value * 100.0);
            if (cents / 100.0 == value && (cents != 0 || Math.copySign(1.0, value) > 0)) {
                return cents(cents);
            }
        }
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        String text = new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // %.2f keeps the sign of a negative number that rounds to zero (-0.001 is "-0.00"), BigDecimal drops it.
        return Math.copySign(1.0, value) < 0 && text.charAt(0) != '-' ? "-" + text : text;
    }

    private static String cents(long cents) {
        long whole = Math.abs(cents) / 100;
        int hundredths = (int) (Math.abs(cents) % 100);
        StringBuilder text = new StringBuilder(14);
        if (cents < 0) {
            text.append('-');
        }
        return text.append(whole).append('.').append((char) ('0' + hundredths / 10)).append((char) ('0' + hundredths % 10))
                .toString();
    }
}
