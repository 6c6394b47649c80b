package org.inclusionscan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.inclusionscan.model.Language;

/**
 * How a report is rendered. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param language              the language of every text, numbers and dates (default Dutch)
 * @param minimumRoleSize       a role is broken down only when it has at least this many
 *                              respondents, so nobody can be singled out (default 5)
 * @param topN                  how many strongest and weakest factors, top recommendations and
 *                              disagreement topics the summary shows (default 3)
 * @param disagreementThreshold the standard deviation of respondents' means from which a factor
 *                              counts as a topic to discuss, used only when the advice carries no
 *                              {@code team.disagreement} recommendation: the rule set's own threshold
 *                              and factors come first, so the summary and the advice agree (default
 *                              1.0 on the 1-5 scale, the bundled rules' {@code team.disagreement.sd})
 * @param minimumDelta          in a comparison, the change of a mean from which it counts as
 *                              improved or declined (default 0.25)
 * @param generatedOn           the date printed on the report; null means today by {@code clock}
 * @param clock                 the clock for {@code generatedOn} when that is null
 */
public record ReportOptions(
        Language language,
        int minimumRoleSize,
        int topN,
        double disagreementThreshold,
        double minimumDelta,
        LocalDate generatedOn,
        Clock clock) {

    /** Roles with fewer respondents than this are not shown apart, so no one can be recognised. */
    public static final int DEFAULT_MINIMUM_ROLE_SIZE = 5;
    /** How many strongest and weakest factors the summary names. */
    public static final int DEFAULT_TOP_N = 3;
    /** The standard deviation of answers from which a factor is shown as a point of disagreement. */
    public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 1.0;
    /** The smallest change of a mean that a comparison reports as a change. */
    public static final double DEFAULT_MINIMUM_DELTA = 0.25;

    /**
     * Checks the values.
     *
     * @param language              the language of every text, numbers and dates
     * @param minimumRoleSize       the fewest respondents a role needs to be shown apart
     * @param topN                  how many strongest and weakest factors and top recommendations
     * @param disagreementThreshold the standard deviation from which a factor shows as disagreement
     * @param minimumDelta          the smallest change a comparison reports
     * @param generatedOn           the date printed; null for today by the clock
     * @param clock                 the clock for today's date
     * @throws IllegalArgumentException when a number is outside its range (named in the message)
     */
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(clock, "clock");
        if (minimumRoleSize < 1) {
            throw new IllegalArgumentException(
                    "The minimum role size (%d) must be at least 1; the default is 5.".formatted(minimumRoleSize));
        }
        if (topN < 1 || topN > 24) {
            throw new IllegalArgumentException("The top N (%d) must be between 1 and 24.".formatted(topN));
        }
        if (!(disagreementThreshold >= 0.0 && disagreementThreshold <= 4.0)) {
            throw new IllegalArgumentException(
                    "The disagreement threshold (%s) must be between 0 and 4.".formatted(disagreementThreshold));
        }
        if (!(minimumDelta > 0.0 && minimumDelta <= 4.0)) {
            throw new IllegalArgumentException(
                    "The minimum delta (%s) must be above 0 and at most 4.".formatted(minimumDelta));
        }
    }

    /**
     * Dutch, roles from 5 respondents, top 3, today's date.
     *
     * @return the default options
     */
    public static ReportOptions defaults() {
        return new ReportOptions(Language.NL, DEFAULT_MINIMUM_ROLE_SIZE, DEFAULT_TOP_N, DEFAULT_DISAGREEMENT_THRESHOLD,
                DEFAULT_MINIMUM_DELTA, null, Clock.systemDefaultZone());
    }

    /**
     * The defaults in another language.
     *
     * @param language the report's language
     * @return the options
     */
    public static ReportOptions in(Language language) {
        return defaults().withLanguage(language);
    }

    /**
     * These options in another language.
     *
     * @param value the language
     * @return new options
     */
    public ReportOptions withLanguage(Language value) {
        return new ReportOptions(value, minimumRoleSize, topN, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    /**
     * These options with another minimum role size.
     *
     * @param value the fewest respondents a role needs to be shown apart, at least 1
     * @return new options
     */
    public ReportOptions withMinimumRoleSize(int value) {
        return new ReportOptions(language, value, topN, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    /**
     * These options with another number of strongest and weakest factors.
     *
     * @param value 1 to 24
     * @return new options
     */
    public ReportOptions withTopN(int value) {
        return new ReportOptions(language, minimumRoleSize, value, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    /**
     * These options with another disagreement threshold.
     *
     * @param value a standard deviation between 0 and 4
     * @return new options
     */
    public ReportOptions withDisagreementThreshold(double value) {
        return new ReportOptions(language, minimumRoleSize, topN, value, minimumDelta, generatedOn, clock);
    }

    /**
     * These options with another smallest change for comparisons.
     *
     * @param value above 0, at most 4
     * @return new options
     */
    public ReportOptions withMinimumDelta(double value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, value, generatedOn, clock);
    }

    /**
     * A fixed date on the report, for reproducible output (golden files, archives).
     *
     * @param value the date to print; null for today
     * @return new options
     */
    public ReportOptions withGeneratedOn(LocalDate value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, minimumDelta, value, clock);
    }

    /**
     * These options with another clock, which gives today's date when no date is fixed.
     *
     * @param value the clock
     * @return new options
     */
    public ReportOptions withClock(Clock value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, minimumDelta, generatedOn, value);
    }

    /**
     * The date to print: {@code generatedOn}, or today by the clock.
     *
     * @return the report's date
     */
    public LocalDate reportDate() {
        return generatedOn != null ? generatedOn : LocalDate.now(clock);
    }
}
