package org.inclusionscan.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.scoring.ScoringSettings;

/**
 * The numbers the rules compare with, read from a rule set's {@code thresholds.properties}: rules
 * name them by key ({@code thresholds.value("factor.weak.below")}), never as literals. Values are
 * kept rounded to two decimals, like the means the rules see. Immutable and thread-safe.
 */
public final class Thresholds {

    /** Where the moderate level starts; every rule set must give the three level bands. */
    public static final String LEVEL_MODERATE = "level.moderate.from";
    /** Where the good level starts. */
    public static final String LEVEL_GOOD = "level.good.from";
    /** Where the strong level starts. */
    public static final String LEVEL_STRONG = "level.strong.from";
    /** Optional: the share of expected answers a score needs (default 0.5). */
    public static final String MINIMUM_ANSWER_SHARE = "scoring.minimum-answer-share";

    /** The keys the library itself reads, whatever the rules: level bands and the answer share. */
    public static final Set<String> BUILT_IN_KEYS = Set.of(LEVEL_MODERATE, LEVEL_GOOD, LEVEL_STRONG, MINIMUM_ANSWER_SHARE);

    private final Map<String, Double> values;
    private final ScoringSettings scoringSettings;

    private Thresholds(Map<String, Double> values) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        // Keys interned: rules name them by literal (interned) strings, so a lookup in a constraint finds its
        // key by identity instead of comparing characters, for every fact the constraint is tried on.
        values.forEach((key, value) -> rounded.put(key.intern(), round(value)));
        this.values = Collections.unmodifiableMap(rounded);
        LevelBands bands = new LevelBands(value(LEVEL_MODERATE), value(LEVEL_GOOD), value(LEVEL_STRONG));
        this.scoringSettings = new ScoringSettings(bands, values.getOrDefault(MINIMUM_ANSWER_SHARE,
                ScoringSettings.DEFAULT.minimumAnswerShare()));
    }

    /**
     * Thresholds from keys and values, each rounded to two decimals.
     *
     * @param values the keys of thresholds.properties and their numbers
     * @return the thresholds
     * @throws IllegalArgumentException when a level band is missing or the bands do not rise
     */
    public static Thresholds of(Map<String, Double> values) {
        return new Thresholds(values);
    }

    /**
     * Rounds to two decimals (half up), the precision of every mean and threshold the rules see.
     *
     * @param value a number
     * @return the number to two decimals
     */
    public static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /**
     * The value of a key.
     *
     * @param key a key of thresholds.properties
     * @return its value
     * @throws IllegalArgumentException when the rule set has no such key; the message lists the keys
     */
    public double value(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The threshold key (%s) is unknown. Maybe use one of %s."
                    .formatted(key, new TreeSet<>(values.keySet())));
        }
        return value;
    }

    /**
     * The priority (0-100) of a rule family: the value of {@code priority.<family>}.
     *
     * @param family the family, e.g. {@code factor-weak}
     * @return the priority
     * @throws IllegalArgumentException when the rule set gives no priority for the family
     */
    public int priority(String family) {
        return (int) Math.round(value("priority." + family));
    }

    /**
     * The value of a key, if the rule set gives it.
     *
     * @param key a key of thresholds.properties
     * @return its value, or empty
     */
    public Optional<Double> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Whether the rule set gives a key.
     *
     * @param key a key of thresholds.properties
     * @return true when it has a value
     */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Every key and value, in file order.
     *
     * @return an unmodifiable map
     */
    public Map<String, Double> asMap() {
        return values;
    }

    /**
     * The level bands and answer share to score with, so that levels match the advice.
     *
     * @return the scoring settings
     */
    public ScoringSettings scoringSettings() {
        return scoringSettings;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Thresholds that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Thresholds" + values;
    }
}
