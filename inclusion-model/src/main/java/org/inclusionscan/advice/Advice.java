package org.inclusionscan.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules advise for one scan: recommendations, highest priority first, and the tools
 * they suggest, deduplicated, in the order of their first mention.
 */
public record Advice(RuleSetInfo ruleSet, List<Recommendation> recommendations, List<ToolSuggestion> tools) {

    /**
     * Copies the lists.
     *
     * @param ruleSet         the rule set that gave the advice
     * @param recommendations the recommendations, highest priority first
     * @param tools           the suggested tools
     * @throws NullPointerException when a component is null
     */
    public Advice {
        Objects.requireNonNull(ruleSet, "ruleSet");
        recommendations = List.copyOf(recommendations);
        tools = List.copyOf(tools);
    }

    /**
     * The recommendation of a rule, if it fired.
     *
     * @param id the rule's id, e.g. {@code factor.network-vitality.weak}
     * @return the recommendation, or empty
     */
    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The ids of the recommendations, highest priority first.
     *
     * @return the ids
     */
    public List<String> recommendationIds() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    /**
     * The ids of the suggested tools, in the order of {@link #tools()}.
     *
     * @return the ids
     */
    public List<String> toolIds() {
        return tools.stream().map(ToolSuggestion::id).toList();
    }
}
