package org.inclusionscan.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Explanations must read exactly as they did with String.format and a regular expression: the fast paths are checked against them. */
class DecimalsTest {

    @Property(tries = 20_000)
    void writesTwoDecimalsExactlyAsFormatDoes(@ForAll @DoubleRange(min = -10, max = 10) double value) {
        assertThat(Decimals.two(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Property(tries = 5_000)
    void roundsHalfWayCasesAsFormatDoes(@ForAll @IntRange(min = -10_000, max = 10_000) int thousandths) {
        double value = thousandths / 1000.0;
        assertThat(Decimals.two(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Example
    void writesEveryWholeNumberOfHundredthsAsFormatDoes() {
        // The fast path: every mean, threshold and gap the rules see is a whole number of hundredths.
        for (int cents = -20_000; cents <= 120_000; cents++) {
            double value = cents / 100.0;
            assertThat(Decimals.two(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }

    @Property(tries = 5_000)
    void writesLargeWholeNumbersOfHundredthsAsFormatDoes(@ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long cents) {
        double value = cents / 100.0;
        assertThat(Decimals.two(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Example
    void edgeCases() {
        for (double value : List.of(0.0, -0.0, -0.001, 2.675, 2.5, 1e20, 1e-20, Double.NaN, Double.POSITIVE_INFINITY,
                Double.MAX_VALUE, Double.MIN_VALUE, 0.005, 0.015, 3.245, 999_999_999.99, -999_999_999.99, 1e9, -1e9, 0.6000000000000001,
                -2.5, -0.01, 0.01, 1e-9, -1e-9, 123456789.125)) {
            assertThat(Decimals.two(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }

    @Example
    void notesNamingATableRowAreReadAsTheRegularExpressionReadThem() {
        for (String note : List.of("row 11 of factor-weak.csv", "row 2 of factor-weak.xlsx", "row 11 of", "row 11 of ", "row of x",
                "row 1 of  x", "row 1 of x y", "row 12 of of", "row 1x of y", " row 1 of y", "row 1 of y\n", "Row 1 of y", "row 007 of a,b",
                "row \u0661 of y", "row 1 of y\u2003z", "row 1 of y\u00a0z", "note", "")) {
            Matcher regex = Pattern.compile("row (\\d+) of (\\S+)").matcher(note);
            String[] row = AdviceCollector.tableRow(note);
            if (regex.matches()) {
                assertThat(row).as("'%s'", note).containsExactly(regex.group(1), regex.group(2));
            } else {
                assertThat(row).as("'%s'", note).isNull();
            }
        }
    }

    @Property(tries = 5_000)
    void anyNoteIsReadAsTheRegularExpressionReadsIt(@ForAll @net.jqwik.api.constraints.Chars({'r', 'o', 'w', ' ', '1', '0', 'f', '.', '\t', 'x'})
            @net.jqwik.api.constraints.StringLength(max = 16) String tail) {
        for (String note : List.of(tail, "row " + tail, "row 3" + tail, "row 3 of " + tail)) {
            Matcher regex = Pattern.compile("row (\\d+) of (\\S+)").matcher(note);
            String[] row = AdviceCollector.tableRow(note);
            assertThat(row == null ? null : List.of(row)).as("'%s'", note)
                    .isEqualTo(regex.matches() ? List.of(regex.group(1), regex.group(2)) : null);
        }
    }

    @Example
    void idsInATableCellAreSplitOnCommasAndWhitespaceAsBefore() {
        for (String cell : List.of("inclusieweb, talentenkaart", " a ,, b\tc\n", "", " , ", "a\u2003b", "x\u00a0 , y")) {
            List<String> regex = Arrays.stream(cell.split("[,\\s]+")).map(String::strip).filter(id -> !id.isEmpty()).toList();
            assertThat(AdviceCollector.splitIds(cell)).as("'%s'", cell).isEqualTo(regex);
        }
    }
}
