package org.inclusionscan.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.LevelBands;

/**
 * The figures of a selection of at least the anonymity minimum of organisations.
 *
 * @param overall         the overall score's distribution
 * @param factors         per factor (documented order): distribution and how many are weak
 * @param domains         per domain
 * @param dimensions      per dimension, from the score cards' dimension scores as given
 * @param cells           the 12 cells of the domain x dimension grid, domain-major
 * @param weakFactors     the factors most often weak (rule {@code factor.<id>.weak}), most first, then in
 *                        factor order; only factors weak for at least one organisation
 * @param recommendations the recommendations most often given, most first, then by id
 * @param tools           the tools most often suggested, most first, then by id
 */
public record Figures(
        Distribution overall,
        Map<Factor, FactorFigures> factors,
        Map<Domain, Distribution> domains,
        Map<Dimension, Distribution> dimensions,
        List<CellFigures> cells,
        List<Count> weakFactors,
        List<Count> recommendations,
        List<Count> tools) {

    /**
     * Checks the components and copies the collections.
     *
     * @param overall         the overall distribution
     * @param factors         per factor
     * @param domains         per domain
     * @param dimensions      per dimension
     * @param cells           per cell
     * @param weakFactors     the most often weak factors
     * @param recommendations the most often given recommendations
     * @param tools           the most often suggested tools
     */
    public Figures {
        Objects.requireNonNull(overall, "overall");
        factors = Collections.unmodifiableMap(new EnumMap<>(factors));
        domains = Collections.unmodifiableMap(new EnumMap<>(domains));
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        cells = List.copyOf(cells);
        weakFactors = List.copyOf(weakFactors);
        recommendations = List.copyOf(recommendations);
        tools = List.copyOf(tools);
    }

    /** The figures of a selection that is large enough. */
    static Figures of(List<OrganisationResult> selection, AggregateOptions options) {
        int minimum = options.minimum();
        LevelBands bands = commonBands(selection);
        Map<Factor, FactorFigures> factors = new EnumMap<>(Factor.class);
        Map<Factor, Integer> weak = new EnumMap<>(Factor.class);
        for (OrganisationResult result : selection) {
            result.weakFactors().forEach(factor -> weak.merge(factor, 1, Integer::sum));
        }
        for (Factor factor : Factor.values()) {
            factors.put(factor, new FactorFigures(factor, Distribution.of(selection, Slots.of(factor), minimum, bands),
                    weak.getOrDefault(factor, 0)));
        }
        Map<Domain, Distribution> domains = new EnumMap<>(Domain.class);
        List<CellFigures> cells = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            domains.put(domain, Distribution.of(selection, Slots.of(domain), minimum, bands));
            for (Dimension dimension : Dimension.values()) {
                cells.add(new CellFigures(domain, dimension, Distribution.of(selection, Slots.of(domain, dimension), minimum, bands)));
            }
        }
        Map<Dimension, Distribution> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension, Distribution.of(selection, Slots.of(dimension), minimum, bands));
        }
        int n = selection.size();
        List<Count> weakFactors = weak.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Factor, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(options.top())
                .map(e -> new Count(e.getKey().id(), e.getValue(), e.getValue() / (double) n))
                .toList();
        return new Figures(Distribution.of(selection, Slots.OVERALL, minimum, bands), factors, domains, dimensions, cells, weakFactors,
                top(selection, OrganisationResult::recommendations, options.top()),
                top(selection, OrganisationResult::tools, options.top()));
    }

    /** The level bands every organisation's scores were given with, or null when they differ. */
    static LevelBands commonBands(List<OrganisationResult> selection) {
        LevelBands bands = selection.isEmpty() ? null : selection.get(0).bands();
        for (OrganisationResult result : selection) {
            if (!result.bands().equals(bands)) {
                return null;
            }
        }
        return bands;
    }

    /** The ids most organisations have (each counted once per organisation), most first, then by id. */
    private static List<Count> top(List<OrganisationResult> selection, Function<OrganisationResult, List<String>> ids, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (OrganisationResult result : selection) {
            for (String id : new LinkedHashSet<>(ids.apply(result))) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        int n = selection.size();
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new Count(e.getKey(), e.getValue(), e.getValue() / (double) n))
                .toList();
    }

    /**
     * A factor's figures.
     *
     * @param factor the factor
     * @return its figures
     */
    public FactorFigures factor(Factor factor) {
        return factors.get(factor);
    }

    /**
     * A cell's distribution.
     *
     * @param domain    the domain
     * @param dimension the dimension
     * @return its distribution
     */
    public Distribution cell(Domain domain, Dimension dimension) {
        return cells.stream().filter(c -> c.domain() == domain && c.dimension() == dimension).findFirst().orElseThrow()
                .distribution();
    }
}
