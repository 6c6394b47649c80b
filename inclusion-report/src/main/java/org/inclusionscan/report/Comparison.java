package org.inclusionscan.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;

/**
 * What changed between an earlier and a later scan of the same organisation: the deltas of every
 * factor, domain and dimension, which factors improved or declined by at least the minimum delta,
 * and which recommendations appeared or disappeared. Immutable.
 *
 * @param organisation the organisation's name as in the later scan
 * @param improved     factors whose mean rose by at least {@code minimumDelta}, largest rise first
 * @param declined     factors whose mean fell by at least {@code minimumDelta}, largest fall first
 * @param appeared     recommendation ids in the later advice only, in its order
 * @param disappeared  recommendation ids in the earlier advice only, in its order
 * @param kept         recommendation ids in both, in the later order
 */
public record Comparison(
        String organisation,
        LocalDate earlierDate,
        LocalDate laterDate,
        double minimumDelta,
        Delta overall,
        List<Delta> factors,
        List<Delta> domains,
        List<Delta> dimensions,
        List<Factor> improved,
        List<Factor> declined,
        List<String> appeared,
        List<String> disappeared,
        List<String> kept) {

    /**
     * Checks the components and copies the collections.
     *
     * @param organisation the organisation's name as in the later scan
     * @param earlierDate  the earlier date
     * @param laterDate    the later date
     * @param minimumDelta the minimum delta
     * @param overall      the overall
     * @param factors      the factors
     * @param domains      the domains
     * @param dimensions   the dimensions
     * @param improved     factors whose mean rose by at least {@code minimumDelta}, largest rise first
     * @param declined     factors whose mean fell by at least {@code minimumDelta}, largest fall first
     * @param appeared     recommendation ids in the later advice only, in its order
     * @param disappeared  recommendation ids in the earlier advice only, in its order
     * @param kept         recommendation ids in both, in the later order
     */
    public Comparison {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(earlierDate, "earlierDate");
        Objects.requireNonNull(laterDate, "laterDate");
        Objects.requireNonNull(overall, "overall");
        factors = List.copyOf(factors);
        domains = List.copyOf(domains);
        dimensions = List.copyOf(dimensions);
        improved = List.copyOf(improved);
        declined = List.copyOf(declined);
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        kept = List.copyOf(kept);
    }

    /** How a score moved. */
    public enum Change implements HasId {
        /**
         * The mean rose by at least the minimum delta.
         */
        IMPROVED("improved"),
        /**
         * The mean fell by at least the minimum delta.
         */
        DECLINED("declined"),
        /**
         * The mean changed less than the minimum delta.
         */
        STABLE("stable"),
        /** One of the two scores is absent. */
        NOT_COMPARABLE("not-comparable");

        private final String id;

        Change(String id) {
            this.id = id;
        }

        @Override
        @JsonValue
        public String id() {
            return id;
        }

        /**
         * The change with this id.
         *
         * @param id {@code improved}, {@code declined} or {@code stable}
         * @return the change
         */
        @JsonCreator
        public static Change fromId(String id) {
            return HasId.fromId(Change.class, "change", id);
        }
    }

    /**
     * The change of one score.
     *
     * @param id     the factor, domain or dimension id; {@code overall} for the overall score
     * @param before the earlier mean, null when absent
     * @param after  the later mean, null when absent
     * @param delta  after minus before, each rounded to two decimals as the report shows them (so the
     *               difference is the difference of the shown values), null when either is absent
     */
    public record Delta(String id, Double before, Double after, Double delta, Change change) {

        /**
         * Checks the components.
         *
         * @param id     the factor, domain or dimension id, or {@code overall}
         * @param before the earlier mean, null when absent
         * @param after  the later mean, null when absent
         * @param delta  after minus before, null when either is absent
         * @param change improved, declined or stable
         */
        public Delta {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(change, "change");
        }

        static Delta of(String id, Score before, Score after, double minimumDelta) {
            if (!before.isPresent() || !after.isPresent()) {
                return new Delta(id, before.mean(), after.mean(), null, Change.NOT_COMPARABLE);
            }
            // The report shows means with two decimals: the difference is that of the shown values, in whole
            // hundredths, and so is the comparison with the minimum, so "+0.25" is never once stable and once improved.
            long hundredths = Math.round(after.mean() * 100) - Math.round(before.mean() * 100);
            long minimum = Math.round(minimumDelta * 100);
            Change change = hundredths >= minimum ? Change.IMPROVED : hundredths <= -minimum ? Change.DECLINED : Change.STABLE;
            return new Delta(id, before.mean(), after.mean(), hundredths / 100.0, change);
        }
    }

    /**
     * Compares two scan results of the same organisation.
     *
     * @param earlier      the earlier scan's result
     * @param later        the later scan's result
     * @param minimumDelta the change from which a mean counts as improved or declined (e.g. 0.25), compared
     *                     with the difference of the two means rounded to two decimals
     * @return what changed
     * @throws IncomparableScansException when the organisations' names differ (ignoring case,
     *                                    accents and spacing) or the earlier scan is dated after the later one
     */
    public static Comparison of(ScanResult earlier, ScanResult later, double minimumDelta) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (!(minimumDelta > 0.0)) {
            throw new IllegalArgumentException("The minimum delta (%s) must be above 0.".formatted(minimumDelta));
        }
        String earlierName = earlier.scan().organisation().name();
        String laterName = later.scan().organisation().name();
        if (!normalised(earlierName).equals(normalised(laterName))) {
            throw new IncomparableScansException(("The scans are of different organisations (%s) and (%s). "
                    + "Compare two scans of the same organisation, with the same name in both files.")
                    .formatted(earlierName, laterName));
        }
        LocalDate earlierDate = earlier.scan().date();
        LocalDate laterDate = later.scan().date();
        if (earlierDate.isAfter(laterDate)) {
            throw new IncomparableScansException(("The earlier scan (%s) is dated after the later scan (%s). "
                    + "Maybe swap the two.").formatted(earlierDate, laterDate));
        }
        ScoreCard before = earlier.scores();
        ScoreCard after = later.scores();
        List<Delta> factors = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            factors.add(Delta.of(factor.id(), before.factor(factor).score(), after.factor(factor).score(), minimumDelta));
        }
        List<Delta> domains = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            domains.add(Delta.of(domain.id(), before.domain(domain), after.domain(domain), minimumDelta));
        }
        List<Delta> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.add(Delta.of(dimension.id(), before.dimension(dimension), after.dimension(dimension), minimumDelta));
        }
        List<Factor> improved = factors.stream().filter(d -> d.change() == Change.IMPROVED)
                .sorted(Comparator.comparing(Delta::delta).reversed()).map(d -> Factor.fromId(d.id())).toList();
        List<Factor> declined = factors.stream().filter(d -> d.change() == Change.DECLINED)
                .sorted(Comparator.comparing(Delta::delta)).map(d -> Factor.fromId(d.id())).toList();
        Set<String> earlierIds = new LinkedHashSet<>(earlier.advice().recommendationIds());
        Set<String> laterIds = new LinkedHashSet<>(later.advice().recommendationIds());
        List<String> appeared = laterIds.stream().filter(id -> !earlierIds.contains(id)).toList();
        List<String> disappeared = earlierIds.stream().filter(id -> !laterIds.contains(id)).toList();
        List<String> kept = laterIds.stream().filter(earlierIds::contains).toList();
        return new Comparison(laterName, earlierDate, laterDate, minimumDelta,
                Delta.of("overall", before.overall(), after.overall(), minimumDelta),
                factors, domains, dimensions, improved, declined, appeared, disappeared, kept);
    }

    /**
     * The change of a factor's mean.
     *
     * @param factor the factor
     * @return the change
     */
    public Delta factor(Factor factor) {
        return factors.get(factor.ordinal());
    }

    /**
     * The change of a domain's mean.
     *
     * @param domain the domain
     * @return the change
     */
    public Delta domain(Domain domain) {
        return domains.get(domain.ordinal());
    }

    /**
     * The change of a dimension's mean.
     *
     * @param dimension the dimension
     * @return the change
     */
    public Delta dimension(Dimension dimension) {
        return dimensions.get(dimension.ordinal());
    }

    private static String normalised(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
