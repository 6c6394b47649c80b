package org.inclusionscan.rules;

import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_ABSENT_RECOMMENDATION;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_ABSENT_TOOL;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_EXPECTED_RECOMMENDATION;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_EXPECTED_TOOL;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_ORDER_INCOMPLETE;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_EXPECTED_MERGED;
import static org.inclusionscan.rules.RuleMessageCode.SCENARIO_WRONG_ORDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;

/**
 * A policy team's example: given these scores and this organisation, the advice must (not) hold
 * these recommendations and tools. Read from {@code scenarios/*.json} by {@link ScenarioReader}.
 *
 * @param file    the file it was read from, as the user knows it
 * @param history what the rules know of earlier rounds ({@code given.history}); {@link History#NONE} for a first round
 */
public record Scenario(String name, String file, Organisation organisation, ScoreCard scores, History history, Expectation expect) {

    /**
     * Checks the components and copies the collections.
     *
     * @param name         the name
     * @param file         the file it was read from, as the user knows it
     * @param organisation the organisation
     * @param scores       the scores
     * @param history      what the rules know of earlier rounds
     * @param expect       the expect
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(expect, "expect");
    }

    /**
     * A scenario of a first round, without history.
     *
     * @param name         the name
     * @param file         the file it was read from, as the user knows it
     * @param organisation the organisation
     * @param scores       the scores
     * @param expect       what the advice must and must not hold
     */
    public Scenario(String name, String file, Organisation organisation, ScoreCard scores, Expectation expect) {
        this(name, file, organisation, scores, History.NONE, expect);
    }

    /**
     * What the advice must and must not hold; lists of ids.
     *
     * @param order  recommendation ids that must come in this order (highest priority first)
     * @param merged rule ids whose advice must be merged into another recommendation as one of its
     *               reasons (a target group or context joining a weak factor, a weak factor joining its
     *               weak domain), not stand as a recommendation of their own
     */
    public record Expectation(List<String> recommendations, List<String> tools, List<String> absentRecommendations,
            List<String> absentTools, List<String> order, List<String> merged) {

        /**
         * An expectation without merged reasons.
         *
         * @param recommendations       recommendation ids that must be made
         * @param tools                 tool ids that must be suggested
         * @param absentRecommendations recommendation ids that must not be made
         * @param absentTools           tool ids that must not be suggested
         * @param order                 recommendation ids that must come in this order
         */
        public Expectation(List<String> recommendations, List<String> tools, List<String> absentRecommendations,
                List<String> absentTools, List<String> order) {
            this(recommendations, tools, absentRecommendations, absentTools, order, List.of());
        }

        /**
         * Copies the lists.
         *
         * @param recommendations       recommendation ids that must be made
         * @param tools                 tool ids that must be suggested
         * @param absentRecommendations recommendation ids that must not be made
         * @param absentTools           tool ids that must not be suggested
         * @param order                 recommendation ids that must come in this order
         * @param merged                rule ids whose advice must be merged into another recommendation
         */
        public Expectation {
            recommendations = List.copyOf(recommendations);
            tools = List.copyOf(tools);
            absentRecommendations = List.copyOf(absentRecommendations);
            absentTools = List.copyOf(absentTools);
            order = List.copyOf(order);
            merged = List.copyOf(merged);
        }
    }

    /**
     * What differs between the advice and the expectation, one message each; empty when it passes.
     *
     * @param advice the advice the scenario's scores got
     * @return the differences
     */
    public List<RuleMessage> differences(Advice advice) {
        List<RuleMessage> differences = new ArrayList<>();
        List<String> ids = advice.recommendationIds();
        for (String id : expect.recommendations()) {
            if (!ids.contains(id)) {
                differences.add(RuleMessage.of(SCENARIO_EXPECTED_RECOMMENDATION, "id", id, "actual", ids));
            }
        }
        for (String id : expect.absentRecommendations()) {
            if (ids.contains(id)) {
                differences.add(RuleMessage.of(SCENARIO_ABSENT_RECOMMENDATION, "id", id));
            }
        }
        for (String id : expect.tools()) {
            if (!advice.toolIds().contains(id)) {
                differences.add(RuleMessage.of(SCENARIO_EXPECTED_TOOL, "id", id, "actual", advice.toolIds()));
            }
        }
        for (String id : expect.absentTools()) {
            if (advice.toolIds().contains(id)) {
                differences.add(RuleMessage.of(SCENARIO_ABSENT_TOOL, "id", id));
            }
        }
        // A rule is merged when it is a reason of another recommendation, or gathered into one as part of it.
        List<String> reasons = new java.util.ArrayList<>(advice.recommendations().stream().flatMap(r -> r.reasons().stream()).toList());
        advice.recommendations().stream().flatMap(r -> r.explanation().facts().stream())
                .filter(fact -> fact.code().equals("gathered")).map(fact -> fact.arguments().get("rule")).forEach(reasons::add);
        for (String id : expect.merged()) {
            if (!reasons.contains(id) || ids.contains(id)) {
                differences.add(RuleMessage.of(SCENARIO_EXPECTED_MERGED, "id", id, "actual", reasons));
            }
        }
        List<String> present = expect.order().stream().filter(ids::contains).toList();
        if (present.size() < expect.order().size()) {
            differences.add(RuleMessage.of(SCENARIO_ORDER_INCOMPLETE, "expected", expect.order(), "actual", ids));
        } else if (!present.equals(ids.stream().filter(expect.order()::contains).toList())) {
            differences.add(RuleMessage.of(SCENARIO_WRONG_ORDER, "expected", expect.order(), "actual", ids));
        }
        return differences;
    }
}
