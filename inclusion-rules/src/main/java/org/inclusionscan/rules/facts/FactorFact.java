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
     * A factor's score as a fact.
     *
     * @param factor      the factor
     * @param mean        its mean, rounded to two decimals
     * @param level       its level in the rule set's bands
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

    /**
     * The factor, for conditions like {@code factor == Factor.VISION}.
     *
     * @return the factor
     */
    public Factor getFactor() {
        return factor;
    }

    /**
     * The factor's id, e.g. {@code network-vitality}, for decision tables.
     *
     * @return the id
     */
    public String getFactorId() {
        return factor.id();
    }

    /**
     * The factor's domain.
     *
     * @return the domain
     */
    public Domain getDomain() {
        return factor.domain();
    }

    /**
     * The factor's mean, to two decimals.
     *
     * @return the mean, 1 to 5
     */
    public double getMean() {
        return mean;
    }

    /**
     * The factor's level in the rule set's bands.
     *
     * @return the level
     */
    public Level getLevel() {
        return level;
    }

    /**
     * The standard deviation of the respondents' own means of this factor.
     *
     * @return the spread; 0 when unknown
     */
    public double getSd() {
        return sd;
    }

    /**
     * How many respondents answered the factor.
     *
     * @return the count
     */
    public int getRespondents() {
        return respondents;
    }

    @Override
    public String toString() {
        return "factor " + factor.id() + ": mean " + Decimals.two(mean);
    }
}
