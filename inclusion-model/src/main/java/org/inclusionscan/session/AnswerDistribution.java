package org.inclusionscan.session;

import java.util.List;
import java.util.Locale;
import org.inclusionscan.scan.Answer;

/**
 * How a team answered one statement, as counts only: how many said 1, 2, 3, 4 and 5 (on the
 * statement's own scale, as answered, not flipped for reversed items) and how many said "don't
 * know". Never who answered what.
 *
 * @param counts   five counts, for the answers 1 to 5
 * @param dontKnow the "don't know" answers
 */
public record AnswerDistribution(List<Integer> counts, int dontKnow) {

    public AnswerDistribution {
        counts = List.copyOf(counts);
        if (counts.size() != 5 || counts.stream().anyMatch(count -> count < 0) || dontKnow < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The distribution (%s, don't know %d) must hold five counts for the answers 1 to 5, none below 0.", counts, dontKnow));
        }
    }

    /** Counts these answers. */
    public static AnswerDistribution of(Iterable<Answer> answers) {
        int[] counts = new int[5];
        int dontKnow = 0;
        for (Answer answer : answers) {
            if (answer.isDontKnow()) {
                dontKnow++;
            } else {
                counts[answer.value() - 1]++;
            }
        }
        return new AnswerDistribution(List.of(counts[0], counts[1], counts[2], counts[3], counts[4]), dontKnow);
    }

    /** How many answered this value (1 to 5). */
    public int count(int answer) {
        if (answer < 1 || answer > 5) {
            throw new IllegalArgumentException("The answer (%d) must be between 1 and 5.".formatted(answer));
        }
        return counts.get(answer - 1);
    }

    /** Answers on the 1-5 scale. */
    public int answered() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** Answers on the scale plus "don't know". */
    public int total() {
        return answered() + dontKnow;
    }

    /** The mean of the answers on the scale, null when there are none. */
    public Double mean() {
        int answered = answered();
        if (answered == 0) {
            return null;
        }
        double sum = 0;
        for (int value = 1; value <= 5; value++) {
            sum += value * counts.get(value - 1);
        }
        return sum / answered;
    }

    /** The population standard deviation of the answers on the scale, 0 with fewer than two. */
    public double standardDeviation() {
        int answered = answered();
        if (answered < 2) {
            return 0.0;
        }
        double mean = mean();
        double squares = 0;
        for (int value = 1; value <= 5; value++) {
            squares += counts.get(value - 1) * (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / answered);
    }
}
