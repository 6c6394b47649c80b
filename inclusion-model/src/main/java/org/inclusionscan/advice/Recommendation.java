package org.inclusionscan.advice;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;

/**
 * One piece of advice. Rules emit ids and numbers, never sentences: the texts are
 * {@code advice.<id>.title}, {@code .why} and {@code .action} in the bundles.
 *
 * @param id         stable id, also the rule's name, e.g. {@code factor.network-vitality.weak}
 * @param priority   0-100, higher first
 * @param factors    the factors concerned
 * @param domains    the domains concerned
 * @param dimensions the dimensions concerned
 * @param figures    the numbers that triggered it, by name ({@code mean}, {@code threshold}, ...)
 * @param tools      the tool ids suggested, in the order of the rule, only those that apply to the organisation
 * @param reasons    the ids of related rules whose advice was merged into this one (a target group, a context),
 *                   so one subject gets one recommendation with all its reasons; their texts are
 *                   {@code advice.<reason id>.title}, {@code .why} and {@code .action}
 */
public record Recommendation(
        String id,
        int priority,
        List<Factor> factors,
        List<Domain> domains,
        List<Dimension> dimensions,
        Map<String, Double> figures,
        List<String> tools,
        Explanation explanation,
        List<String> reasons) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id          stable id, also the rule's name, e.g. {@code factor.network-vitality.weak}
     * @param priority    0-100, higher first
     * @param factors     the factors concerned
     * @param domains     the domains concerned
     * @param dimensions  the dimensions concerned
     * @param figures     the numbers that triggered it, by name ({@code mean}, {@code threshold}, ...)
     * @param tools       the tool ids suggested, in the order of the rule, only those that apply to the organisation
     * @param explanation the explanation
     * @param reasons     the ids of related rules whose advice was merged into this one
     * @throws IllegalArgumentException when the priority is not between 0 and 100
     */
    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(explanation, "explanation");
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("The priority (%d) of recommendation (%s) must be between 0 and 100.".formatted(priority, id));
        }
        factors = List.copyOf(factors);
        domains = List.copyOf(domains);
        dimensions = List.copyOf(dimensions);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        tools = List.copyOf(tools);
        reasons = List.copyOf(reasons);
    }

    /**
     * A recommendation into which no other advice was merged.
     *
     * @param id          stable id, also the rule's name
     * @param priority    0-100, higher first
     * @param factors     the factors concerned
     * @param domains     the domains concerned
     * @param dimensions  the dimensions concerned
     * @param figures     the numbers that triggered it, by name
     * @param tools       the tool ids suggested
     * @param explanation why the advice was given
     */
    public Recommendation(String id, int priority, List<Factor> factors, List<Domain> domains, List<Dimension> dimensions,
            Map<String, Double> figures, List<String> tools, Explanation explanation) {
        this(id, priority, factors, domains, dimensions, figures, tools, explanation, List.of());
    }

    /**
     * The band of the priority, for readers of the JSON.
     *
     * @return high, medium or low
     */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Priority priorityBand() {
        return Priority.of(priority);
    }
}
