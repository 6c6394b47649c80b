package org.inclusionscan.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.runtime.rule.RuleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global {@code advice} through which rules recommend: one per advice call, never shared.
 * A rule's consequence starts a recommendation named after the rule and describes what it matched:
 *
 * <pre>
 * advice.recommend(kcontext, thresholds.priority("dimension.lagging"))
 *       .gap($policy, $culture, "dimension.lagging.gap")
 *       .tools("konekt-7-stappen", "macht-herverdelen");
 * </pre>
 *
 * After firing, {@link #toAdvice} merges what the rules said, applies each tool's scope (the
 * one place: {@link ToolCatalogue#appliesTo}), raises boosted priorities and sorts.
 */
public final class AdviceCollector {

    private static final Logger LOG = LoggerFactory.getLogger(AdviceCollector.class);

    private final Thresholds thresholds;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Boost> boosts = new ArrayList<>();

    public AdviceCollector(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Starts the recommendation of the firing rule; its id is the rule's name. */
    public Draft recommend(RuleContext kcontext, int priority) {
        return recommend(kcontext.getRule().getName(), priority);
    }

    /** Starts a recommendation of this id, for Java code that applies rules without Drools. */
    public Draft recommend(String id, int priority) {
        Draft draft = new Draft(Objects.requireNonNull(id, "id"), priority);
        drafts.add(draft);
        return draft;
    }

    /**
     * Adds tools to the recommendation the firing rule started last, for decision tables:
     * {@code "inclusieweb, talentenkaart"} (separated by commas or spaces).
     */
    public void suggest(RuleContext kcontext, String tools) {
        String rule = kcontext.getRule().getName();
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).id.equals(rule)) {
                drafts.get(i).tools(splitIds(tools));
                return;
            }
        }
        throw new IllegalStateException("The rule (%s) suggests tools before it recommends.".formatted(rule));
    }

    /**
     * Raises the priority of the weak-factor recommendations ({@code factor.<id>.weak}) of these
     * factors, if they are made, by the value of the threshold key; the raised recommendation's
     * explanation says why.
     */
    public void boost(RuleContext kcontext, String amountKey, String reason, Factor... factors) {
        boost(kcontext.getRule().getName(), amountKey, reason, factors);
    }

    /** {@link #boost(RuleContext, String, String, Factor...)} for the rule of this name. */
    public void boost(String ruleName, String amountKey, String reason, Factor... factors) {
        int amount = (int) Math.round(thresholds.value(amountKey));
        for (Factor factor : factors) {
            boosts.add(new Boost("factor." + factor.id() + ".weak", amount,
                    "priority +" + amount + " (" + amountKey + ") by rule " + ruleName + ": " + reason));
        }
    }

    /** Splits a list of ids written in a table cell. */
    public static List<String> splitIds(String cell) {
        // As cell.split("[,\\s]+") then strip, without a regular expression: this runs in rule consequences.
        List<String> ids = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || ", \t\n\u000B\f\r".indexOf(cell.charAt(i)) >= 0) {
                String id = cell.substring(start, i).strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
                start = i + 1;
            }
        }
        return List.copyOf(ids);
    }

    /** A recommendation being described by a rule's consequence. */
    public final class Draft {

        private final String id;
        private int priority;
        private final Set<Factor> factors = new LinkedHashSet<>();
        private final Set<Domain> domains = new LinkedHashSet<>();
        private final Set<Dimension> dimensions = new LinkedHashSet<>();
        private final Map<String, Double> figures = new LinkedHashMap<>();
        private final Set<String> tools = new LinkedHashSet<>();
        private final List<String> matched = new ArrayList<>();
        private double lastMean = Double.NaN;

        private Draft(String id, int priority) {
            this.id = id;
            this.priority = Math.max(0, Math.min(100, priority));
        }

        /**
         * A fact the rule matched: its factor, domain or dimension is concerned and its mean is a figure
         * ({@code <id>.mean}; a previous round's mean is {@code <factor>.previous-mean}; earlier agreements
         * give {@code <factor>.done} and {@code <factor>.dropped}).
         */
        public Draft fact(Object fact) {
            if (fact instanceof FactorFact f) {
                factors.add(f.getFactor());
                figures.put(f.getFactorId() + ".mean", f.getMean());
                lastMean = f.getMean();
            } else if (fact instanceof DomainFact d) {
                domains.add(d.getDomain());
                figures.put(d.getDomain().id() + ".mean", d.getMean());
                lastMean = d.getMean();
            } else if (fact instanceof DimensionFact d) {
                dimensions.add(d.getDimension());
                figures.put(d.getDimension().id() + ".mean", d.getMean());
                lastMean = d.getMean();
            } else if (fact instanceof PreviousFactorFact p) {
                factors.add(p.getFactor());
                figures.put(p.getFactorId() + ".previous-mean", p.getMean());
                lastMean = p.getMean();
            } else if (fact instanceof AgreementHistoryFact a) {
                factors.add(a.getFactor());
                figures.put(a.getFactorId() + ".done", (double) a.getDone());
                figures.put(a.getFactorId() + ".dropped", (double) a.getDropped());
                lastMean = Double.NaN;
            } else {
                lastMean = Double.NaN;
            }
            matched.add(String.valueOf(fact));
            return this;
        }

        /** Says the last fact's mean is below the threshold of the key. */
        public Draft below(String thresholdKey) {
            return compared("<", thresholdKey);
        }

        /** Says the last fact's mean is at least the threshold of the key. */
        public Draft atLeast(String thresholdKey) {
            return compared(">=", thresholdKey);
        }

        private Draft compared(String operator, String thresholdKey) {
            double threshold = thresholds.value(thresholdKey);
            figures.put(thresholdKey, threshold);
            if (!matched.isEmpty() && !Double.isNaN(lastMean)) {
                int last = matched.size() - 1;
                matched.set(last, matched.get(last) + " " + operator + " " + Decimals.two(threshold) + " (" + thresholdKey + ")");
            } else {
                matched.add(operator + " " + thresholdKey + " " + Decimals.two(threshold));
            }
            return this;
        }

        /** Says the lagging dimension is at least the gap of the key below the other. */
        public Draft gap(DimensionFact lagging, DimensionFact other, String thresholdKey) {
            double threshold = thresholds.value(thresholdKey);
            dimensions.add(lagging.getDimension());
            dimensions.add(other.getDimension());
            figures.put(lagging.getDimension().id() + ".mean", lagging.getMean());
            figures.put(other.getDimension().id() + ".mean", other.getMean());
            figures.put(thresholdKey, threshold);
            matched.add("dimension " + lagging.getDimension().id() + ": mean " + Decimals.two(lagging.getMean()) + ", "
                    + Decimals.two(other.gapAbove(lagging)) + " below " + other.getDimension().id() + " " + Decimals.two(other.getMean())
                    + " (>= " + Decimals.two(threshold) + ", " + thresholdKey + ")");
            return this;
        }

        /** Says the team's spread on the factor is at least the standard deviation of the key. */
        public Draft spread(FactorFact fact, String thresholdKey) {
            double threshold = thresholds.value(thresholdKey);
            factors.add(fact.getFactor());
            figures.put(fact.getFactorId() + ".sd", fact.getSd());
            figures.put(fact.getFactorId() + ".respondents", (double) fact.getRespondents());
            figures.put(thresholdKey, threshold);
            matched.add("factor " + fact.getFactorId() + ": sd " + Decimals.two(fact.getSd()) + " >= " + Decimals.two(threshold)
                    + " (" + thresholdKey + ") among " + fact.getRespondents() + " respondents");
            return this;
        }

        /** A number that triggered the rule. */
        public Draft figure(String name, double value) {
            figures.put(name, value);
            return this;
        }

        /** A condition in words, for what a fact cannot say itself. */
        public Draft note(String text) {
            matched.add(text);
            return this;
        }

        public Draft about(Factor... concerned) {
            factors.addAll(Arrays.asList(concerned));
            return this;
        }

        /** The tools to suggest, by catalogue id. */
        public Draft tools(String... ids) {
            return tools(Arrays.asList(ids));
        }

        public Draft tools(List<String> ids) {
            tools.addAll(ids);
            return this;
        }

        private void merge(Draft other) {
            priority = Math.max(priority, other.priority);
            factors.addAll(other.factors);
            domains.addAll(other.domains);
            dimensions.addAll(other.dimensions);
            figures.putAll(other.figures);
            tools.addAll(other.tools);
            other.matched.stream().filter(line -> !matched.contains(line)).forEach(matched::add);
        }
    }

    private record Boost(String recommendationId, int amount, String why) {
    }

    /**
     * The advice from what the rules said: drafts of the same id merged, boosts applied, tools
     * outside the organisation's scope left out, highest priority first (then by id), tools
     * deduplicated in the order of first mention.
     */
    public Advice toAdvice(RuleSetInfo ruleSet, ToolCatalogue catalogue, Organisation organisation) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            Draft first = byId.putIfAbsent(draft.id, draft);
            if (first != null) {
                first.merge(draft);
            }
        }
        for (Boost boost : boosts) {
            Draft draft = byId.get(boost.recommendationId());
            if (draft != null && !draft.matched.contains(boost.why())) {
                draft.priority = Math.min(100, draft.priority + boost.amount());
                draft.matched.add(boost.why());
            }
        }
        List<Recommendation> recommendations = new ArrayList<>(byId.size());
        for (Draft draft : byId.values()) {
            List<String> tools = new ArrayList<>();
            for (String tool : draft.tools) {
                if (catalogue.find(tool).isEmpty()) {
                    LOG.warn("Rule {} of rule set {} {} suggests an unknown tool ({}); left out.", draft.id, ruleSet.name(),
                            ruleSet.version(), tool);
                } else if (catalogue.appliesTo(tool, organisation)) {
                    tools.add(tool);
                }
            }
            recommendations.add(new Recommendation(draft.id, draft.priority, List.copyOf(draft.factors),
                    List.copyOf(draft.domains), List.copyOf(draft.dimensions), draft.figures, tools,
                    new Explanation(draft.id, ruleSet.name(), ruleSet.version(), draft.matched)));
        }
        recommendations.sort(Comparator.comparingInt(Recommendation::priority).reversed().thenComparing(Recommendation::id));
        Map<String, List<String>> toolSources = new LinkedHashMap<>();
        for (Recommendation recommendation : recommendations) {
            for (String tool : recommendation.tools()) {
                toolSources.computeIfAbsent(tool, t -> new ArrayList<>()).add(recommendation.id());
            }
        }
        List<ToolSuggestion> tools = toolSources.entrySet().stream()
                .map(entry -> new ToolSuggestion(entry.getKey(), entry.getValue())).toList();
        return new Advice(ruleSet, recommendations, tools);
    }
}
