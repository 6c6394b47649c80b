package org.inclusionscan.report.impl;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.inclusionscan.model.Language;

/**
 * Numbers and dates as a reader of the language expects them: a decimal comma in Belgian Dutch
 * and French, a point in British English; long dates ("22 november 2026"). Machine formats (CSV,
 * JSON) do not use this class. Thread-safe: formatters are made per call.
 */
public final class Formats {

    /** Shown where a score is absent. */
    public static final String NONE = "–";

    private final Locale locale;
    private final DateTimeFormatter dates;

    public Formats(Language language) {
        this.locale = language.locale();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A mean with two decimals ("3,25"), or a dash when null. */
    public String mean(Double value) {
        return value == null ? NONE : decimal("0.00").format(value);
    }

    /** A number with one decimal ("0,8"). */
    public String oneDecimal(double value) {
        return decimal("0.0").format(value);
    }

    /** A signed change with two decimals ("+0,35", "−0,20", "0,00"), or a dash when null. */
    public String delta(Double value) {
        if (value == null) {
            return NONE;
        }
        double rounded = Math.round(value * 100.0) / 100.0;
        String digits = decimal("0.00").format(Math.abs(rounded));
        if (rounded > 0) {
            return "+" + digits;
        }
        return rounded < 0 ? "\u2212" + digits : digits;
    }

    /** A whole percentage without the sign ("83"); the bundles place the sign. */
    public String percent(double share) {
        return decimal("0").format(share * 100.0);
    }

    public String integer(long value) {
        return decimal("0").format(value);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    private DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
