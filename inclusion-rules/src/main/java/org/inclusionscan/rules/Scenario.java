package org.inclusionscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.scoring.ScoreCard;

/**
 * A policy team's example: given these scores and this organisation, the advice must (not) hold
 * these recommendations and tools. Read from {@code scenarios/*.json} by {@link ScenarioReader}.
 *
 * @param file the file it was read from, as the user knows it
 */
public record Scenario(String name, String file, Organisation organisation, ScoreCard scores, Expectation expect) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(expect, "expect");
    }

    /**
     * What the advice must and must not hold; lists of ids.
     *
     * @param order recommendation ids that must come in this order (highest priority first)
     */
    public record Expectation(List<String> recommendations, List<String> tools, List<String> absentRecommendations,
            List<String> absentTools, List<String> order) {

        public Expectation {
            recommendations = List.copyOf(recommendations);
            tools = List.copyOf(tools);
            absentRecommendations = List.copyOf(absentRecommendations);
            absentTools = List.copyOf(absentTools);
            order = List.copyOf(order);
        }
    }

    /** What differs between the advice and the expectation, one line each; empty when it passes. */
    public List<String> differences(Advice advice) {
        List<String> differences = new ArrayList<>();
        for (String id : expect.recommendations()) {
            if (!advice.recommendationIds().contains(id)) {
                differences.add("expected recommendation %s, got %s".formatted(id, advice.recommendationIds()));
            }
        }
        for (String id : expect.absentRecommendations()) {
            if (advice.recommendationIds().contains(id)) {
                differences.add("recommendation %s must be absent".formatted(id));
            }
        }
        for (String id : expect.tools()) {
            if (!advice.toolIds().contains(id)) {
                differences.add("expected tool %s, got %s".formatted(id, advice.toolIds()));
            }
        }
        for (String id : expect.absentTools()) {
            if (advice.toolIds().contains(id)) {
                differences.add("tool %s must be absent".formatted(id));
            }
        }
        List<String> ids = advice.recommendationIds();
        List<String> present = expect.order().stream().filter(ids::contains).toList();
        if (present.size() < expect.order().size()) {
            differences.add("expected all of %s in that order, got %s".formatted(expect.order(), ids));
        } else if (!present.equals(ids.stream().filter(expect.order()::contains).toList())) {
            differences.add("expected the order %s, got %s".formatted(expect.order(), ids));
        }
        return differences;
    }
}
