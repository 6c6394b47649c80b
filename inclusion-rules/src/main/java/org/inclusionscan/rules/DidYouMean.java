package org.inclusionscan.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The closest of some known words to a misspelt one (edit distance), for the "did you mean" hint of a
 * {@link RuleMessage}: part of the message vocabulary, next to {@link RuleMessageCode}, so the readers of the
 * API (scenarios) and of the implementation (thresholds, wording, the factor table) give the same hints.
 */
public final class DidYouMean {

    /** More known words than this are not listed in a hint. */
    private static final int MAX_LISTED = 40;

    private DidYouMean() {
    }

    /**
     * The known word nearest to the word, if it is near enough to be a slip (at most 3 edits, and less than half).
     *
     * @param word  the word as written
     * @param known the words that are valid
     * @return the nearest known word, or empty when none is near enough
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(known)) {
            int distance = distance(word, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(3, Math.max(1, word.length() / 2));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * A message's name and value pairs followed by the hint's: {@code hint} names the text
     * {@code rule-words.hint.did-you-mean} with {@code best}, or {@code rule-words.hint.one-of} with
     * {@code valid} (the known words).
     *
     * @param word           the word as written
     * @param known          the words that are valid
     * @param namesAndValues the message's own name and value pairs
     * @return those pairs with the hint's pairs after them
     */
    public static Object[] withHint(String word, Collection<String> known, Object... namesAndValues) {
        Object[] hint = closest(word, known)
                .map(best -> new Object[] {"hint", "@rule-words.hint.did-you-mean", "best", best, "valid", ""})
                .orElseGet(() -> known.size() > MAX_LISTED
                        ? new Object[] {"hint", "@rule-words.hint.check-spelling", "best", "", "valid", ""}
                        : new Object[] {"hint", "@rule-words.hint.one-of", "best", "", "valid", new TreeSet<>(known)});
        Object[] all = Arrays.copyOf(namesAndValues, namesAndValues.length + hint.length);
        System.arraycopy(hint, 0, all, namesAndValues.length, hint.length);
        return all;
    }

    /** Levenshtein distance with a transposition counted as one edit; stops early above the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
