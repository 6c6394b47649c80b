package org.inclusionscan.advice;

import java.util.List;
import java.util.Objects;

/**
 * Why a recommendation was made: the rule that fired, in which rule set, and the facts it
 * matched (for example {@code factor network-vitality: mean 2.10 < 2.50}).
 */
public record Explanation(String rule, String ruleSet, String ruleSetVersion, List<String> matchedFacts) {

    /**
     * Checks the components and copies the collections.
     *
     * @param rule           the rule
     * @param ruleSet        the rule set
     * @param ruleSetVersion the rule set version
     * @param matchedFacts   the matched facts
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        matchedFacts = List.copyOf(matchedFacts);
    }
}
