package org.inclusionscan.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scoring.FactorScore;

/**
 * Builds the deck of a team session from a closed round (its scan, scores and advice). Immutable
 * and thread-safe; change the numbers with the {@code with...} methods.
 *
 * <ol>
 *   <li>Item cards: the statements the team answered furthest apart, at most {@code itemCards}.
 *       A statement qualifies when at least {@code anonymityMinimum} respondents answered it (on the
 *       scale or "don't know") and the standard deviation of the answers on the scale is above zero
 *       and, rounded to two decimals, at least {@code minimumItemSpread}. Order: standard deviation (rounded to two decimals) high to low,
 *       then more answers on the scale first, then questionnaire order.</li>
 *   <li>Factor cards: the weakest factors with a score, at most {@code factorCards}. Order: mean
 *       (rounded to two decimals) low to high, then the factors' documented order. Each carries the
 *       advice that concerns it and the tools that advice suggests.</li>
 * </ol>
 *
 * A round below its anonymity minimum gets no deck at all ({@link BelowMinimumException}).
 */
public final class DeckBuilder {

    /** The lowest anonymity minimum a round may have. */
    public static final int LOWEST_MINIMUM = 3;
    public static final int DEFAULT_ITEM_CARDS = 5;
    public static final int DEFAULT_FACTOR_CARDS = 5;
    public static final double DEFAULT_MINIMUM_ITEM_SPREAD = 0.5;

    private final int itemCards;
    private final int factorCards;
    private final double minimumItemSpread;

    private DeckBuilder(int itemCards, int factorCards, double minimumItemSpread) {
        if (itemCards < 0 || itemCards > 100) {
            throw new IllegalArgumentException("The number of item cards (%d) must be between 0 and 100.".formatted(itemCards));
        }
        if (factorCards < 0 || factorCards > Factor.values().length) {
            throw new IllegalArgumentException("The number of factor cards (%d) must be between 0 and %d."
                    .formatted(factorCards, Factor.values().length));
        }
        if (!(minimumItemSpread >= 0.0 && minimumItemSpread <= 2.0)) {
            throw new IllegalArgumentException("The minimum item spread (%s) must be between 0 and 2.".formatted(minimumItemSpread));
        }
        this.itemCards = itemCards;
        this.factorCards = factorCards;
        this.minimumItemSpread = minimumItemSpread;
    }

    /** At most 5 item cards (standard deviation from 0.5) and 5 factor cards. */
    public static DeckBuilder create() {
        return new DeckBuilder(DEFAULT_ITEM_CARDS, DEFAULT_FACTOR_CARDS, DEFAULT_MINIMUM_ITEM_SPREAD);
    }

    public DeckBuilder withItemCards(int value) {
        return new DeckBuilder(value, factorCards, minimumItemSpread);
    }

    public DeckBuilder withFactorCards(int value) {
        return new DeckBuilder(itemCards, value, minimumItemSpread);
    }

    public DeckBuilder withMinimumItemSpread(double value) {
        return new DeckBuilder(itemCards, factorCards, value);
    }

    /**
     * @param round            a closed round: its scan, scores and advice
     * @param anonymityMinimum the round's anonymity minimum, at least {@value #LOWEST_MINIMUM}
     * @throws BelowMinimumException when the round has fewer respondents than the minimum
     */
    public Deck build(ScanResult round, int anonymityMinimum) {
        Objects.requireNonNull(round, "round");
        if (anonymityMinimum < LOWEST_MINIMUM) {
            throw new IllegalArgumentException("The anonymity minimum (%d) must be at least %d."
                    .formatted(anonymityMinimum, LOWEST_MINIMUM));
        }
        int respondents = round.scan().respondents().size();
        if (respondents < anonymityMinimum) {
            throw new BelowMinimumException(respondents, anonymityMinimum);
        }
        List<Card> cards = new ArrayList<>();
        for (Candidate candidate : itemCandidates(round, anonymityMinimum)) {
            cards.add(new Card(cards.size() + 1, CardRef.item(candidate.item.id(), candidate.item.factor()),
                    candidate.distribution.mean(), candidate.distribution, candidate.item.reversed(), List.of(), List.of()));
        }
        List<FactorScore> weakest = round.scores().factors().values().stream()
                .filter(score -> score.score().isPresent())
                .sorted(Comparator.comparing((FactorScore score) -> twoDecimals(score.mean()))
                        .thenComparing(FactorScore::factor))
                .limit(factorCards)
                .toList();
        for (FactorScore score : weakest) {
            List<String> recommendations = new ArrayList<>();
            Set<String> tools = new LinkedHashSet<>();
            for (Recommendation recommendation : round.advice().recommendations()) {
                if (recommendation.factors().contains(score.factor())) {
                    recommendations.add(recommendation.id());
                    tools.addAll(recommendation.tools());
                }
            }
            cards.add(new Card(cards.size() + 1, CardRef.factor(score.factor()), score.mean(), null, false,
                    recommendations, List.copyOf(tools)));
        }
        return new Deck(respondents, anonymityMinimum, cards);
    }

    private record Candidate(int order, Item item, AnswerDistribution distribution, BigDecimal spread) {
    }

    private List<Candidate> itemCandidates(ScanResult round, int anonymityMinimum) {
        List<Candidate> candidates = new ArrayList<>();
        List<Item> items = round.questionnaire().items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<Answer> answers = new ArrayList<>();
            for (Respondent respondent : round.scan().respondents()) {
                Answer answer = respondent.answers().get(item.id());
                if (answer != null) {
                    answers.add(answer);
                }
            }
            AnswerDistribution distribution = AnswerDistribution.of(answers);
            BigDecimal spread = twoDecimals(distribution.standardDeviation());
            if (distribution.total() >= anonymityMinimum && distribution.answered() > 0
                    && spread.compareTo(twoDecimals(minimumItemSpread)) >= 0 && distribution.standardDeviation() > 0) {
                candidates.add(new Candidate(i, item, distribution, spread));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::spread).reversed()
                        .thenComparing(Comparator.comparingInt((Candidate candidate) -> candidate.distribution().answered()).reversed())
                        .thenComparingInt(Candidate::order))
                .limit(itemCards)
                .toList();
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
