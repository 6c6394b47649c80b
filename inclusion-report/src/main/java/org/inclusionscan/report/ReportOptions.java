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

    public static final int DEFAULT_MINIMUM_ROLE_SIZE = 5;
    public static final int DEFAULT_TOP_N = 3;
    public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 1.0;
    public static final double DEFAULT_MINIMUM_DELTA = 0.25;

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

    /** Dutch, roles from 5 respondents, top 3, today's date. */
    public static ReportOptions defaults() {
        return new ReportOptions(Language.NL, DEFAULT_MINIMUM_ROLE_SIZE, DEFAULT_TOP_N, DEFAULT_DISAGREEMENT_THRESHOLD,
                DEFAULT_MINIMUM_DELTA, null, Clock.systemDefaultZone());
    }

    /** The defaults in another language. */
    public static ReportOptions in(Language language) {
        return defaults().withLanguage(language);
    }

    public ReportOptions withLanguage(Language value) {
        return new ReportOptions(value, minimumRoleSize, topN, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    public ReportOptions withMinimumRoleSize(int value) {
        return new ReportOptions(language, value, topN, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    public ReportOptions withTopN(int value) {
        return new ReportOptions(language, minimumRoleSize, value, disagreementThreshold, minimumDelta, generatedOn, clock);
    }

    public ReportOptions withDisagreementThreshold(double value) {
        return new ReportOptions(language, minimumRoleSize, topN, value, minimumDelta, generatedOn, clock);
    }

    public ReportOptions withMinimumDelta(double value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, value, generatedOn, clock);
    }

    /** A fixed date on the report, for reproducible output (golden files, archives). */
    public ReportOptions withGeneratedOn(LocalDate value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, minimumDelta, value, clock);
    }

    public ReportOptions withClock(Clock value) {
        return new ReportOptions(language, minimumRoleSize, topN, disagreementThreshold, minimumDelta, generatedOn, value);
    }

    /** The date to print: {@code generatedOn}, or today by the clock. */
    public LocalDate reportDate() {
        return generatedOn != null ? generatedOn : LocalDate.now(clock);
    }
}
