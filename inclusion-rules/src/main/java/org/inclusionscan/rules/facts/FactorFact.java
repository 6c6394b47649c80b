package org.inclusionscan.rules.facts;

import java.util.Objects;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.rules.Thresholds;

/**
 * The score of one factor as the rules see it: the mean rounded to two decimals, and the
 * team's spread. Only factors with a score are inserted. Immutable.
 */
public final class FactorFact {

    private final Factor factor;
    private final double mean;
    private final Level level;
    private final double sd;
    private final int respondents;

    /**
     * @param sd          the standard deviation of the respondents' own means (0 when unknown)
     * @param respondents respondents who answered the factor
     */
    public FactorFact(Factor factor, double mean, Level level, double sd, int respondents) {
        this.factor = Objects.requireNonNull(factor, "factor");
        this.mean = Thresholds.round(mean);
        this.level = Objects.requireNonNull(level, "level");
        this.sd = Thresholds.round(sd);
        this.respondents = respondents;
    }

    public Factor getFactor() {
        return factor;
    }

    /** The factor's id, e.g. {@code network-vitality}. */
    public String getFactorId() {
        return factor.id();
    }

    public Domain getDomain() {
        return factor.domain();
    }

    public double getMean() {
        return mean;
    }

    public Level getLevel() {
        return level;
    }

    public double getSd() {
        return sd;
    }

    public int getRespondents() {
        return respondents;
    }

    @Override
    public String toString() {
        return "factor " + factor.id() + ": mean " + Decimals.two(mean);
    }
}
