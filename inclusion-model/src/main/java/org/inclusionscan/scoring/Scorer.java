package org.inclusionscan.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
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
        Tally[] itemTallies = new Tally[items.size()];
        for (int i = 0; i < items.size(); i++) {
            itemTallies[i] = new Tally();
        }
        Map<Role, RoleTally> roles = new EnumMap<>(Role.class);
        List<Map<Factor, Tally>> perRespondent = new ArrayList<>(respondents.size());
        for (Respondent respondent : respondents) {
            Map<Factor, Tally> own = new EnumMap<>(Factor.class);
            RoleTally role = roles.computeIfAbsent(respondent.role(), r -> new RoleTally());
            role.respondents++;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                Answer answer = respondent.answers().get(item.id());
                if (answer == null) {
                    itemTallies[i].missing++;
                } else if (answer.isDontKnow()) {
                    itemTallies[i].dontKnow++;
                } else {
                    int value = item.scored(answer.value());
                    itemTallies[i].add(value);
                    own.computeIfAbsent(item.factor(), f -> new Tally()).add(value);
                    role.factors.computeIfAbsent(item.factor(), f -> new Tally()).add(value);
                }
            }
            perRespondent.add(own);
        }

        Map<Factor, FactorScore> factors = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            Score score = pooled(items, itemTallies, item -> item.factor() == factor);
            factors.put(factor, new FactorScore(factor, score, spread(factor, perRespondent)));
        }
        Map<Domain, Score> domains = new EnumMap<>(Domain.class);
        for (Domain domain : Domain.values()) {
            domains.put(domain, pooled(items, itemTallies, item -> item.factor().domain() == domain));
        }
        Map<Dimension, Score> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension, pooled(items, itemTallies, item -> item.dimension() == dimension));
        }
        List<CellScore> cells = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            for (Dimension dimension : Dimension.values()) {
                cells.add(new CellScore(domain, dimension,
                        pooled(items, itemTallies, item -> item.factor().domain() == domain && item.dimension() == dimension)));
            }
        }
        List<ItemScore> itemScores = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Tally tally = itemTallies[i];
            itemScores.add(new ItemScore(items.get(i).id(), tally.count == 0 ? null : tally.mean(), tally.coverage()));
        }
        List<RoleScores> roleScores = new ArrayList<>();
        roles.forEach((role, tally) -> {
            Map<Factor, Double> means = new LinkedHashMap<>();
            tally.factors.forEach((factor, factorTally) -> means.put(factor, factorTally.mean()));
            roleScores.add(new RoleScores(role, tally.respondents, means));
        });
        return new ScoreCard(questionnaire.id(), respondents.size(), settings.bands(),
                pooled(items, itemTallies, item -> true), factors, domains, dimensions, cells, itemScores, roleScores);
    }

    private Score pooled(List<Item> items, Tally[] tallies, Predicate<Item> member) {
        Tally total = new Tally();
        boolean hasItems = false;
        for (int i = 0; i < items.size(); i++) {
            if (member.test(items.get(i))) {
                total.merge(tallies[i]);
                hasItems = true;
            }
        }
        Coverage coverage = total.coverage();
        if (!hasItems) {
            return Score.absent(coverage, AbsentReason.NO_ITEMS);
        }
        if (total.count == 0 || coverage.answeredShare() < settings.minimumAnswerShare()) {
            return Score.absent(coverage, AbsentReason.TOO_FEW_ANSWERS);
        }
        double mean = total.mean();
        Level level = settings.bands().levelOf(mean);
        return new Score(mean, level, coverage, null);
    }

    private static Spread spread(Factor factor, List<Map<Factor, Tally>> perRespondent) {
        int n = 0;
        double sum = 0;
        double sumOfSquares = 0;
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (Map<Factor, Tally> own : perRespondent) {
            Tally tally = own.get(factor);
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
        final Map<Factor, Tally> factors = new EnumMap<>(Factor.class);
    }
}
