package org.inclusionscan.aggregate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Level;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;

/**
 * What an aggregate needs of one organisation's scan: its context, the means and levels of its score
 * card (overall, factors, domains, dimensions, cells, as the score card gives them; absent scores stay
 * absent), the ids of the recommendations it was given and of the tools suggested. Kept compact (no
 * answers, items or roles), so many fit in memory. Immutable and thread-safe.
 *
 * <p>A factor counts as weak for the organisation when its advice holds the recommendation
 * {@code factor.<id>.weak}: the rule set's verdict with the policy team's threshold, as in the
 * batch summary. The levels are those of the score card (its level bands).
 */
public final class OrganisationResult {

    private final String key;
    private final Organisation organisation;
    private final LocalDate date;
    private final LevelBands bands;
    private final double[] means = new double[Slots.COUNT];
    private final Level[] levels = new Level[Slots.COUNT];
    private final List<String> recommendations;
    private final List<String> tools;
    private final Set<Factor> weak;

    private OrganisationResult(String key, Organisation organisation, LocalDate date, ScoreCard scores,
            List<String> recommendations, List<String> tools) {
        this.key = Objects.requireNonNull(key, "key");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.date = Objects.requireNonNull(date, "date");
        Objects.requireNonNull(scores, "scores");
        this.bands = scores.bands();
        put(Slots.OVERALL, scores.overall());
        for (Factor factor : Factor.values()) {
            put(Slots.of(factor), scores.factor(factor).score());
        }
        for (Domain domain : Domain.values()) {
            put(Slots.of(domain), scores.domain(domain));
            for (Dimension dimension : Dimension.values()) {
                put(Slots.of(domain, dimension), scores.cell(domain, dimension));
            }
        }
        for (Dimension dimension : Dimension.values()) {
            put(Slots.of(dimension), scores.dimension(dimension));
        }
        this.recommendations = List.copyOf(recommendations);
        this.tools = List.copyOf(tools);
        Set<Factor> weakFactors = EnumSet.noneOf(Factor.class);
        for (Factor factor : Factor.values()) {
            if (this.recommendations.contains(weakRule(factor))) {
                weakFactors.add(factor);
            }
        }
        this.weak = Collections.unmodifiableSet(weakFactors);
    }

    private OrganisationResult(OrganisationResult other, String key) {
        this.key = Objects.requireNonNull(key, "key");
        this.organisation = other.organisation;
        this.date = other.date;
        this.bands = other.bands;
        System.arraycopy(other.means, 0, means, 0, Slots.COUNT);
        System.arraycopy(other.levels, 0, levels, 0, Slots.COUNT);
        this.recommendations = other.recommendations;
        this.tools = other.tools;
        this.weak = other.weak;
    }

    private void put(int slot, Score score) {
        means[slot] = score.isPresent() ? score.mean() : Double.NaN;
        levels[slot] = score.level();
    }

    /**
     * The id of the rule that says a factor is weak.
     *
     * @param factor the factor
     * @return {@code factor.<id>.weak}
     */
    public static String weakRule(Factor factor) {
        return "factor." + factor.id() + ".weak";
    }

    /**
     * An organisation's scan, scored and advised. Its key is its normalised name ({@link #keyOf(String)}).
     *
     * @param result the result
     * @return what the aggregate keeps of it
     */
    public static OrganisationResult of(ScanResult result) {
        Objects.requireNonNull(result, "result");
        Organisation organisation = result.scan().organisation();
        return of(organisation, result.scan().date(), result.scores(), result.advice());
    }

    /**
     * An organisation's scores and advice, for a caller that holds them apart (a server's stored round).
     *
     * @param organisation the organisation
     * @param date         the scan's date
     * @param scores       its score card
     * @param advice       its advice
     * @return what the aggregate keeps of it, keyed by the normalised name
     */
    public static OrganisationResult of(Organisation organisation, LocalDate date, ScoreCard scores, Advice advice) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(advice, "advice");
        return new OrganisationResult(keyOf(organisation.name()), organisation, date, scores, advice.recommendationIds(),
                advice.toolIds());
    }

    /**
     * This result under another key, for a caller whose organisations have ids of their own (two
     * organisations may share a name).
     *
     * @param value a non-empty key
     * @return a copy with that key
     */
    public OrganisationResult withKey(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The key of an organisation result must not be empty.");
        }
        return new OrganisationResult(this, value);
    }

    /**
     * The key of a name: without accents, case and extra spaces, so that "De Linde" and "de  linde" are one organisation.
     *
     * @param name a name
     * @return its key
     */
    public static String keyOf(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * What tells this organisation from others: the normalised name, or the caller's key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The organisation.
     *
     * @return name, region, sector and target groups
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * The scan's date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The level bands the scores' levels were given with.
     *
     * @return the bands
     */
    public LevelBands bands() {
        return bands;
    }

    /**
     * The ids of the recommendations given, most important first.
     *
     * @return the ids
     */
    public List<String> recommendations() {
        return recommendations;
    }

    /**
     * The ids of the tools suggested.
     *
     * @return the ids
     */
    public List<String> tools() {
        return tools;
    }

    /**
     * The factors the rules found weak ({@code factor.<id>.weak} given).
     *
     * @return the factors
     */
    public Set<Factor> weakFactors() {
        return weak;
    }

    /**
     * The overall mean.
     *
     * @return the mean, or null when absent
     */
    public Double overallMean() {
        return mean(Slots.OVERALL);
    }

    /**
     * A factor's mean.
     *
     * @param factor the factor
     * @return the mean, or null when absent
     */
    public Double mean(Factor factor) {
        return mean(Slots.of(factor));
    }

    /**
     * A domain's mean.
     *
     * @param domain the domain
     * @return the mean, or null when absent
     */
    public Double mean(Domain domain) {
        return mean(Slots.of(domain));
    }

    /**
     * A dimension's mean.
     *
     * @param dimension the dimension
     * @return the mean, or null when absent
     */
    public Double mean(Dimension dimension) {
        return mean(Slots.of(dimension));
    }

    /**
     * A cell's mean.
     *
     * @param domain    the domain
     * @param dimension the dimension
     * @return the mean, or null when absent
     */
    public Double mean(Domain domain, Dimension dimension) {
        return mean(Slots.of(domain, dimension));
    }

    Double mean(int slot) {
        double mean = means[slot];
        return Double.isNaN(mean) ? null : mean;
    }

    Level level(int slot) {
        return levels[slot];
    }

    @Override
    public String toString() {
        return "OrganisationResult[" + key + ", " + date + "]";
    }
}
