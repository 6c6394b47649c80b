package org.inclusionscan.aggregate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.LevelBands;

/**
 * How one score (overall, a factor, a domain, a dimension or a cell) is spread over a selection of
 * organisations: how many have a mean, the quartiles and the plain average of their means, and how
 * many are at each level. Withheld, with nothing but the counts, when fewer organisations than the
 * anonymity minimum have a mean.
 *
 * @param organisations the organisations with a mean for this score
 * @param absent        the organisations of the selection without one (too few answers, no items)
 * @param withheld      why the figures are not shown, or null when they are
 * @param quartiles     lower quartile, median and upper quartile of the means; null when withheld
 * @param mean          the plain average of the means; null when withheld
 * @param levels        how many organisations are at each of the four levels (low, moderate, good,
 *                      strong, in that order); empty when withheld
 * @param medianLevel   the level of the median by the level bands the organisations share; null when
 *                      withheld or when their bands differ
 */
public record Distribution(int organisations, int absent, Withheld withheld, Quartiles quartiles, Double mean,
        Map<Level, Integer> levels, Level medianLevel) {

    /** The four levels a present score can have, in the order of the bands. */
    public static final List<Level> LEVELS = List.of(Level.LOW, Level.MODERATE, Level.GOOD, Level.STRONG);

    /**
     * Checks the components and copies the map.
     *
     * @param organisations the organisations with a mean
     * @param absent        the organisations without one
     * @param withheld      why withheld, or null
     * @param quartiles     the quartiles, null when withheld
     * @param mean          the average, null when withheld
     * @param levels        the counts per level, empty when withheld
     * @param medianLevel   the median's level, or null
     */
    public Distribution {
        Objects.requireNonNull(levels, "levels");
        levels = Collections.unmodifiableMap(levels.isEmpty() ? new EnumMap<>(Level.class) : new EnumMap<>(levels));
        if ((withheld == null) != (quartiles != null) || (quartiles == null) != (mean == null)
                || (withheld == null) != (levels.size() == LEVELS.size())) {
            throw new IllegalArgumentException("A distribution is either withheld or has quartiles, a mean and four level counts.");
        }
        if (medianLevel == Level.ABSENT || withheld != null && medianLevel != null) {
            throw new IllegalArgumentException("The median's level (%s) is one of the four bands, and none when withheld."
                    .formatted(medianLevel));
        }
        if (withheld == null && levels.values().stream().mapToInt(Integer::intValue).sum() != organisations) {
            throw new IllegalArgumentException("The level counts (%s) must add up to the organisations (%d)."
                    .formatted(levels, organisations));
        }
    }

    /**
     * The distribution of one slot over some organisations.
     *
     * @param selection the organisations
     * @param slot      the score's slot ({@link Slots})
     * @param minimum   the anonymity minimum
     * @param bands     the level bands the organisations share, or null when they differ
     */
    static Distribution of(List<OrganisationResult> selection, int slot, int minimum, LevelBands bands) {
        double[] values = new double[selection.size()];
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        LEVELS.forEach(level -> counts.put(level, 0));
        int present = 0;
        double sum = 0;
        for (OrganisationResult result : selection) {
            Double mean = result.mean(slot);
            if (mean != null) {
                values[present++] = mean;
                sum += mean;
                counts.merge(result.level(slot), 1, Integer::sum);
            }
        }
        int absent = selection.size() - present;
        if (present < minimum) {
            return new Distribution(present, absent, Withheld.belowMinimum(present, minimum), null, null, Map.of(), null);
        }
        double[] used = java.util.Arrays.copyOf(values, present);
        double average = Math.min(5.0, Math.max(1.0, sum / present));
        Quartiles quartiles = Quartiles.of(used);
        return new Distribution(present, absent, null, quartiles, average, counts,
                bands == null ? null : bands.levelOf(quartiles.median()));
    }

    /**
     * Whether the figures are shown.
     *
     * @return true when not withheld
     */
    public boolean isShown() {
        return withheld == null;
    }

    /**
     * The share of the organisations with a mean that are at a level.
     *
     * @param level low, moderate, good or strong
     * @return a share between 0 and 1; the four add up to 1
     * @throws IllegalStateException when the distribution is withheld
     */
    public double share(Level level) {
        if (!isShown()) {
            throw new IllegalStateException("A withheld distribution has no shares.");
        }
        return levels.getOrDefault(level, 0) / (double) organisations;
    }
}
