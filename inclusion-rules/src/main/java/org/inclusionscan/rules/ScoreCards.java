package org.inclusionscan.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.scoring.AbsentReason;
import org.inclusionscan.scoring.CellScore;
import org.inclusionscan.scoring.Coverage;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Spread;

/**
 * Score cards from factor means, without a questionnaire: for rule scenarios, tests and
 * benchmarks. Factors not given get a neutral mean (3.5). A domain's mean is the mean of its
 * factors, a dimension's mean is the overall mean unless given, each cell takes its domain's mean.
 */
public final class ScoreCards {

    /** The mean of a factor a scenario does not mention: in the middle, firing no rule. */
    public static final double NEUTRAL = 3.5;

    private ScoreCards() {
    }

    /**
     * A score card with these factor means, every other factor neutral, one respondent.
     *
     * @param means the factors' means
     * @return the score card
     */
    public static ScoreCard fromFactorMeans(Map<Factor, Double> means) {
        Builder builder = builder();
        means.forEach(builder::factor);
        return builder.build();
    }

    /**
     * A builder of a score card from means, every factor neutral until given.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects means and spreads; {@link #build()} fills in the rest. Not thread-safe. */
    public static final class Builder {

        private final Map<Factor, Double> factors = new EnumMap<>(Factor.class);
        private final Map<Factor, Double> spreads = new EnumMap<>(Factor.class);
        private final Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        private final Map<Domain, Double> domains = new EnumMap<>(Domain.class);
        private final Set<Factor> absent = EnumSet.noneOf(Factor.class);
        private int respondents = 1;
        private LevelBands bands = LevelBands.DEFAULT;
        private double neutral = NEUTRAL;

        private Builder() {
        }

        /**
         * The mean of one factor.
         *
         * @param factor the factor
         * @param mean   1 to 5
         * @return this builder
         */
        public Builder factor(Factor factor, double mean) {
            factors.put(Objects.requireNonNull(factor, "factor"), mean);
            absent.remove(factor);
            return this;
        }

        /**
         * Every factor not given has this mean.
         *
         * @param mean 1 to 5
         * @return this builder
         */
        public Builder allFactors(double mean) {
            this.neutral = mean;
            return this;
        }

        /**
         * The team's standard deviation on the factor.
         *
         * @param factor            the factor
         * @param standardDeviation of the respondents' own means, 0 to 2
         * @return this builder
         */
        public Builder spread(Factor factor, double standardDeviation) {
            spreads.put(Objects.requireNonNull(factor, "factor"), standardDeviation);
            return this;
        }

        /**
         * The factor has no score (too few answers).
         *
         * @param factor the factor
         * @return this builder
         */
        public Builder absent(Factor factor) {
            absent.add(Objects.requireNonNull(factor, "factor"));
            factors.remove(factor);
            return this;
        }

        /**
         * The mean of a dimension, instead of the overall mean.
         *
         * @param dimension the dimension
         * @param mean      1 to 5
         * @return this builder
         */
        public Builder dimension(Dimension dimension, double mean) {
            dimensions.put(Objects.requireNonNull(dimension, "dimension"), mean);
            return this;
        }

        /**
         * The mean of a domain, instead of the mean of its factors.
         *
         * @param domain the domain
         * @param mean   1 to 5
         * @return this builder
         */
        public Builder domain(Domain domain, double mean) {
            domains.put(Objects.requireNonNull(domain, "domain"), mean);
            return this;
        }

        /**
         * The number of respondents; 1 unless given.
         *
         * @param respondents at least 1
         * @return this builder
         */
        public Builder respondents(int respondents) {
            if (respondents < 1) {
                throw new IllegalArgumentException("The number of respondents (%d) must be at least 1.".formatted(respondents));
            }
            this.respondents = respondents;
            return this;
        }

        /**
         * The level bands that give the levels; the bundled ones unless given.
         *
         * @param bands the bands
         * @return this builder
         */
        public Builder bands(LevelBands bands) {
            this.bands = Objects.requireNonNull(bands, "bands");
            return this;
        }

        /**
         * The score card of what was given.
         *
         * @return the score card
         */
        public ScoreCard build() {
            Map<Factor, FactorScore> factorScores = new EnumMap<>(Factor.class);
            double sum = 0;
            int present = 0;
            for (Factor factor : Factor.values()) {
                if (absent.contains(factor)) {
                    factorScores.put(factor, new FactorScore(factor, absentScore(), null));
                    continue;
                }
                double mean = factors.getOrDefault(factor, neutral);
                double sd = spreads.getOrDefault(factor, 0.0);
                factorScores.put(factor, new FactorScore(factor, score(mean),
                        new Spread(respondents, sd, Math.max(1.0, mean - sd), Math.min(5.0, mean + sd))));
                sum += mean;
                present++;
            }
            Score overall = present == 0 ? absentScore() : score(sum / present);
            Map<Domain, Score> domainScores = new EnumMap<>(Domain.class);
            for (Domain domain : Domain.values()) {
                Double given = domains.get(domain);
                if (given != null) {
                    domainScores.put(domain, score(given));
                    continue;
                }
                List<Double> means = domain.factors().stream().filter(f -> !absent.contains(f))
                        .map(f -> factors.getOrDefault(f, neutral)).toList();
                domainScores.put(domain, means.isEmpty() ? absentScore()
                        : score(means.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
            }
            Map<Dimension, Score> dimensionScores = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                Double given = dimensions.get(dimension);
                dimensionScores.put(dimension, given != null ? score(given) : overall);
            }
            List<CellScore> cells = new ArrayList<>();
            for (Domain domain : Domain.values()) {
                for (Dimension dimension : Dimension.values()) {
                    cells.add(new CellScore(domain, dimension, domainScores.get(domain)));
                }
            }
            return new ScoreCard("scenario", respondents, bands, overall, factorScores, domainScores, dimensionScores,
                    cells, List.of(), List.of());
        }

        private Score score(double mean) {
            return new Score(mean, bands.levelOf(mean), new Coverage(respondents, respondents, 0, 0), null);
        }

        private Score absentScore() {
            return Score.absent(new Coverage(respondents, 0, 0, respondents), AbsentReason.TOO_FEW_ANSWERS);
        }
    }
}
