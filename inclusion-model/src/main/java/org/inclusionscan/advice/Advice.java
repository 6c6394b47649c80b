package org.inclusionscan.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules advise for one scan: recommendations, highest priority first, and the tools
 * they suggest, deduplicated, in the order of their first mention.
 */
public record Advice(RuleSetInfo ruleSet, List<Recommendation> recommendations, List<ToolSuggestion> tools) {

    public Advice {
        Objects.requireNonNull(ruleSet, "ruleSet");
        recommendations = List.copyOf(recommendations);
        tools = List.copyOf(tools);
    }

    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<String> recommendationIds() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    public List<String> toolIds() {
        return tools.stream().map(ToolSuggestion::id).toList();
    }
}
