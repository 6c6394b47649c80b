package org.inclusionscan.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.Role;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;

/**
 * Turns a scan into a {@link ScoreCard}. The formulas are in {@code docs/scoring.md}:
 * reversed items are flipped (6 - answer); "don't know" and missing answers are counted but left
 * out of means; any score is the mean of all answers to its items by all respondents, and absent
 * when fewer than the minimum share of its expected answers were given. Immutable and thread-safe.
 */
public final class Scorer {

    private final ScoringSettings settings;

    private Scorer(ScoringSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A scorer with the default level bands and answer share.
     *
     * @return a thread-safe scorer
     */
    public static Scorer create() {
        return new Scorer(ScoringSettings.DEFAULT);
    }

    /**
     * A scorer with a rule set's level bands and answer share ({@code advisor.scoringSettings()}).
     *
     * @param settings the level bands and the share of answers a score needs
     * @return a thread-safe scorer
     */
    public static Scorer create(ScoringSettings settings) {
        return new Scorer(settings);
    }

    /**
     * The settings this scorer uses.
     *
     * @return the level bands and answer share
     */
    public ScoringSettings settings() {
        return settings;
    }

    /**
     * Scores a scan: means, spreads and levels per item, factor, domain, dimension and cell, per role too.
     *
     * @param scan          the scan
     * @param questionnaire the questionnaire it answers
     * @return the score card
     * @throws IllegalArgumentException when the scan names another questionnaire
     */
    public ScoreCard score(Scan scan, Questionnaire questionnaire) {
        if (!scan.questionnaireId().equals(questionnaire.id())) {
            throw new IllegalArgumentException("The scan uses questionnaire (%s), not (%s)."
                    .formatted(scan.questionnaireId(), questionnaire.id()));
        }
        List<Item> items = questionnaire.items();
        List<Respondent> respondents = scan.respondents();
        int itemCount = items.size();
        Factor[] allFactors = Factor.values();
        Tally[] itemTallies = new Tally[itemCount];
        for (int i = 0; i < itemCount; i++) {
            itemTallies[i] = new Tally();
        }
        Map<Role, RoleTally> roles = new EnumMap<>(Role.class);
        // Per respondent, per factor (by ordinal): the tally of their own answers, null when they gave none.
        List<Tally[]> perRespondent = new ArrayList<>(respondents.size());
        for (Respondent respondent : respondents) {
            Tally[] own = new Tally[allFactors.length];
            RoleTally role = roles.get(respondent.role());
            if (role == null) {
                role = new RoleTally(allFactors.length);
                roles.put(respondent.role(), role);
            }
            role.respondents++;
            Map<String, Answer> answers = respondent.answers();
            for (int i = 0; i < itemCount; i++) {
                Item item = items.get(i);
                Answer answer = answers.get(item.id());
                if (answer == null) {
                    itemTallies[i].missing++;
                } else if (answer.isDontKnow()) {
                    itemTallies[i].dontKnow++;
                } else {
                    int value = item.scored(answer.value());
                    int factor = item.factor().ordinal();
                    itemTallies[i].add(value);
                    Tally.of(own, factor).add(value);
                    Tally.of(role.factors, factor).add(value);
                }
            }
            perRespondent.add(own);
        }

        // Every group's tally in one pass over the items: sums and counts are integers, so the order of
        // adding does not change a mean.
        Domain[] allDomains = Domain.values();
        Dimension[] allDimensions = Dimension.values();
        Tally[] factorTotals = new Tally[allFactors.length];
        Tally[] domainTotals = new Tally[allDomains.length];
        Tally[] dimensionTotals = new Tally[allDimensions.length];
        Tally[] cellTotals = new Tally[allDomains.length * allDimensions.length];
        Tally overallTotal = new Tally();
        for (int i = 0; i < itemCount; i++) {
            Item item = items.get(i);
            Tally tally = itemTallies[i];
            int domain = item.factor().domain().ordinal();
            Tally.of(factorTotals, item.factor().ordinal()).merge(tally);
            Tally.of(domainTotals, domain).merge(tally);
            // An item about the target group rather than the organisation has no dimension: it counts for its
            // factor, its domain and the overall score, in no dimension and no cell.
            if (item.dimension() != null) {
                int dimension = item.dimension().ordinal();
                Tally.of(dimensionTotals, dimension).merge(tally);
                Tally.of(cellTotals, domain * allDimensions.length + dimension).merge(tally);
            }
            overallTotal.merge(tally);
        }

        Map<Factor, FactorScore> factors = new EnumMap<>(Factor.class);
        for (Factor factor : allFactors) {
            Score score = score(factorTotals[factor.ordinal()]);
            factors.put(factor, new FactorScore(factor, score, spread(factor.ordinal(), perRespondent)));
        }
        Map<Domain, Score> domains = new EnumMap<>(Domain.class);
        for (Domain domain : allDomains) {
            domains.put(domain, score(domainTotals[domain.ordinal()]));
        }
        Map<Dimension, Score> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : allDimensions) {
            dimensions.put(dimension, score(dimensionTotals[dimension.ordinal()]));
        }
        List<CellScore> cells = new ArrayList<>(cellTotals.length);
        for (Domain domain : allDomains) {
            for (Dimension dimension : allDimensions) {
                cells.add(new CellScore(domain, dimension, score(cellTotals[domain.ordinal() * allDimensions.length + dimension.ordinal()])));
            }
        }
        List<ItemScore> itemScores = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            Tally tally = itemTallies[i];
            itemScores.add(new ItemScore(items.get(i).id(), tally.count == 0 ? null : tally.mean(), tally.coverage()));
        }
        List<RoleScores> roleScores = new ArrayList<>(roles.size());
        roles.forEach((role, tally) -> {
            Map<Factor, Double> means = new LinkedHashMap<>();
            for (Factor factor : allFactors) {
                Tally factorTally = tally.factors[factor.ordinal()];
                if (factorTally != null) {
                    means.put(factor, factorTally.mean());
                }
            }
            roleScores.add(new RoleScores(role, tally.respondents, means));
        });
        return new ScoreCard(questionnaire.id(), respondents.size(), settings.bands(),
                score(itemCount == 0 ? null : overallTotal), factors, domains, dimensions, cells, itemScores, roleScores);
    }

    /** The score of a group from the tally of its items, or null when the questionnaire has no item in it. */
    private Score score(Tally total) {
        if (total == null) {
            return Score.absent(new Tally().coverage(), AbsentReason.NO_ITEMS);
        }
        Coverage coverage = total.coverage();
        if (total.count == 0 || coverage.answeredShare() < settings.minimumAnswerShare()) {
            return Score.absent(coverage, AbsentReason.TOO_FEW_ANSWERS);
        }
        double mean = total.mean();
        Level level = settings.bands().levelOf(mean);
        return new Score(mean, level, coverage, null);
    }

    private static Spread spread(int factor, List<Tally[]> perRespondent) {
        int n = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (Tally[] own : perRespondent) {
            Tally tally = own[factor];
            if (tally != null) {
                double mean = tally.mean();
                n++;
                sum += mean;
                sumOfSquares += mean * mean;
                lowest = Math.min(lowest, mean);
                highest = Math.max(highest, mean);
            }
        }
        if (n == 0) {
            return null;
        }
        double average = sum / n;
        double variance = Math.max(0.0, sumOfSquares / n - average * average);
        return new Spread(n, Math.sqrt(variance), lowest, highest);
    }

    /** Sums answers exactly (integers), so that means do not depend on the order of adding. */
    private static final class Tally {
        long sum;
        int count;
        int dontKnow;
        int missing;

        /** The tally at an index, made on first use. */
        static Tally of(Tally[] tallies, int index) {
            Tally tally = tallies[index];
            if (tally == null) {
                tally = new Tally();
                tallies[index] = tally;
            }
            return tally;
        }

        void add(int value) {
            sum += value;
            count++;
        }

        void merge(Tally other) {
            sum += other.sum;
            count += other.count;
            dontKnow += other.dontKnow;
            missing += other.missing;
        }

        double mean() {
            return (double) sum / count;
        }

        Coverage coverage() {
            return new Coverage(count + dontKnow + missing, count, dontKnow, missing);
        }
    }

    private static final class RoleTally {
        int respondents;
        /** By factor ordinal; null where the role gave no answer. */
        final Tally[] factors;

        RoleTally(int factorCount) {
            this.factors = new Tally[factorCount];
        }
    }
}
