package org.inclusionscan.advice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a recommendation was made: the rule that fired, in which rule set, and the facts it
 * matched, once as plain lines for logs and machines (for example
 * {@code factor network-vitality: mean 2.10 < 2.50}) and once as {@link Fact}s that a report
 * renders in its own language.
 */
public record Explanation(String rule, String ruleSet, String ruleSetVersion, List<String> matchedFacts, List<Fact> facts) {

    /**
     * Checks the components and copies the collections.
     *
     * @param rule           the rule that fired
     * @param ruleSet        the rule set the rule belongs to
     * @param ruleSetVersion the version of the rule set
     * @param matchedFacts   the matched facts as plain lines
     * @param facts          the matched facts as text codes with arguments
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        matchedFacts = List.copyOf(matchedFacts);
        facts = List.copyOf(facts);
    }

    /**
     * An explanation with plain lines only.
     *
     * @param rule           the rule that fired
     * @param ruleSet        the rule set the rule belongs to
     * @param ruleSetVersion the version of the rule set
     * @param matchedFacts   the matched facts as plain lines
     */
    public Explanation(String rule, String ruleSet, String ruleSetVersion, List<String> matchedFacts) {
        this(rule, ruleSet, ruleSetVersion, matchedFacts, List.of());
    }

    /**
     * One matched fact as a text code and its arguments: the report shows
     * {@code report.explanation.<code>} with them. Numbers are written with a dot and two decimals
     * ({@code "2.39"}); a subject is {@code factor:information}, {@code domain:environment} or
     * {@code dimension:policy}, so the report can show its label.
     */
    public record Fact(String code, Map<String, String> arguments) {

        /**
         * Checks that the code is present and keeps an unmodifiable copy of the arguments, in their order.
         *
         * @param code      the text code of the fact
         * @param arguments the values the text names, by name
         */
        public Fact {
            Objects.requireNonNull(code, "code");
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }
}
