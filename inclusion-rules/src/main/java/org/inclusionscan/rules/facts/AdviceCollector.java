package org.inclusionscan.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
    // Per factor, the strings advice is keyed by, made once: "<id>.mean", "factor:<id>", "factor.<id>.weak".
    private static final String[] MEAN_KEY = perFactor("", ".mean");
    private static final String[] SUBJECT = perFactor("factor:", "");
    private static final String[] WEAK_ID = perFactor("factor.", ".weak");
    private static final Comparator<Draft> BY_ID = Comparator.comparing((Draft d) -> d.id);

    private static String[] perFactor(String prefix, String suffix) {
        Factor[] factors = Factor.values();
        String[] strings = new String[factors.length];
        for (Factor factor : factors) {
            strings[factor.ordinal()] = prefix + factor.id() + suffix;
        }
        return strings;
    }

    private final Thresholds thresholds;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Boost> boosts = new ArrayList<>();
    private final Set<String> leftOut = new LinkedHashSet<>();

    /** At most this many tools per recommendation: a coordinator reads it in a minute. */
    public static final int MAX_TOOLS = 5;

    /**
     * A collector for one advice; the rules see it as the global {@code recommendations}.
     *
     * @param thresholds the rule set's thresholds, for the keys rules name
     */
    public AdviceCollector(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Starts the recommendation of the firing rule; its id is the rule's name.
     *
     * @param kcontext the firing rule's context ({@code kcontext} in a consequence)
     * @param priority 0 to 100; higher comes first
     * @return the draft, to add facts, figures and tools to
     */
    public Draft recommend(RuleContext kcontext, int priority) {
        return recommend(kcontext.getRule().getName(), priority);
    }

    /**
     * Starts a recommendation of this id, for Java code that applies rules without Drools.
     *
     * @param id       the recommendation's id
     * @param priority 0 to 100; higher comes first
     * @return the draft, to add facts, figures and tools to
     */
    public Draft recommend(String id, int priority) {
        Draft draft = new Draft(Objects.requireNonNull(id, "id"), priority);
        drafts.add(draft);
        return draft;
    }

    /**
     * Adds tools to the recommendation the firing rule started last, as a list written in one string:
     * {@code "inclusieweb, talentenkaart"} (separated by commas or spaces).
     *
     * @param kcontext the firing rule's context
     * @param tools    catalogue ids separated by commas or spaces
     * @throws IllegalStateException when the rule has not recommended yet
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
     *
     * @param kcontext  the firing rule's context
     * @param amountKey the threshold key whose value is added to the priority
     * @param reason    why, in the explanation
     * @param factors   the factors whose weak-factor recommendations rise
     */
    public void boost(RuleContext kcontext, String amountKey, String reason, Factor... factors) {
        boost(kcontext.getRule().getName(), amountKey, null, reason, factors);
    }

    /**
     * As {@link #boost(RuleContext, String, String, Factor...)}, but never past the recommendation of a
     * factor that scores at least the value of {@code gapKey} lower: a clearly weaker factor keeps
     * coming first.
     *
     * @param kcontext  the firing rule's context
     * @param amountKey the threshold key whose value is added to the priority
     * @param gapKey    the threshold key of the gap that limits the boost, or null for none
     * @param reason    why, in the explanation
     * @param factors   the factors whose weak-factor recommendations rise
     */
    public void boost(RuleContext kcontext, String amountKey, String gapKey, String reason, Factor... factors) {
        boost(kcontext.getRule().getName(), amountKey, gapKey, reason, factors);
    }

    /**
     * {@link #boost(RuleContext, String, String, String, Factor...)} for the rule of this name.
     *
     * @param ruleName  the rule that boosts, for the explanation
     * @param amountKey the threshold key whose value is added to the priority
     * @param gapKey    the threshold key of the gap that limits the boost, or null for none
     * @param reason    why, in the explanation
     * @param factors   the factors whose weak-factor recommendations rise
     */
    public void boost(String ruleName, String amountKey, String gapKey, String reason, Factor... factors) {
        int amount = (int) Math.round(thresholds.value(amountKey));
        for (Factor factor : factors) {
            boosts.add(new Boost(WEAK_ID[factor.ordinal()], amount, amountKey, gapKey, ruleName,
                    "priority +" + amount + " (" + amountKey + ") by rule " + ruleName + ": " + reason));
        }
    }

    /**
     * Whether no rule has recommended anything yet in this advice.
     *
     * @return true when nothing was recommended
     */
    public boolean isEmpty() {
        return drafts.isEmpty();
    }

    /**
     * Recommends the weakest factors to keep working on: the {@code count} lowest factor means
     * (equal means in the model's order), each said to be at least {@code factor.weak.below}, with
     * the tools of their rows of the factor table, taken in turns (each factor's best tool first), at
     * most {@link #MAX_TOOLS} - 1 of them, so the rule may add one tool of its own.
     *
     * @param kcontext the firing rule's context
     * @param priority 0 to 100
     * @param count    how many factors, at least 1
     * @param factors  the scan's FactorFacts
     * @param rows     the factor table's FactorRuleRows
     * @return the draft
     */
    public Draft recommendWeakest(RuleContext kcontext, int priority, double count, List<?> factors, List<?> rows) {
        return recommendWeakest(kcontext.getRule().getName(), priority, count, factors, rows);
    }

    /**
     * {@link #recommendWeakest(RuleContext, int, double, List, List)} for Java code that applies rules without Drools.
     *
     * @param id       the recommendation's id
     * @param priority 0 to 100
     * @param count    how many factors, at least 1
     * @param factors  the scan's FactorFacts
     * @param rows     the factor table's FactorRuleRows
     * @return the draft
     */
    public Draft recommendWeakest(String id, int priority, double count, List<?> factors, List<?> rows) {
        List<FactorFact> sorted = new ArrayList<>();
        for (Object fact : factors) {
            sorted.add((FactorFact) fact);
        }
        sorted.sort(Comparator.comparingLong((FactorFact f) -> Math.round(f.getMean() * 100)).thenComparing(FactorFact::getFactor));
        List<FactorFact> weakest = sorted.subList(0, Math.min(sorted.size(), Math.max(1, (int) Math.round(count))));
        Draft draft = recommend(id, priority);
        List<List<String>> toolLists = new ArrayList<>();
        for (FactorFact fact : weakest) {
            draft.fact(fact).atLeast("factor.weak.below");
            for (Object row : rows) {
                FactorRuleRow tableRow = (FactorRuleRow) row;
                if (tableRow.getFactor() == fact.getFactor()) {
                    toolLists.add(tableRow.getTools());
                }
            }
        }
        int longest = toolLists.stream().mapToInt(List::size).max().orElse(0);
        Set<String> chosen = new LinkedHashSet<>();
        for (int place = 0; place < longest; place++) {
            for (List<String> tools : toolLists) {
                if (place < tools.size() && chosen.size() < MAX_TOOLS - 1) {
                    chosen.add(tools.get(place));
                }
            }
        }
        return draft.tools(List.copyOf(chosen));
    }

    /**
     * Leaves these tools out of the whole advice, whichever rule suggests them: for instance online
     * platforms when a rule says that information must reach people by word of mouth and on paper.
     *
     * @param kcontext the firing rule's context
     * @param ids      catalogue ids
     */
    public void leaveOut(RuleContext kcontext, String... ids) {
        leaveOut(Arrays.asList(ids));
    }

    /**
     * {@link #leaveOut(RuleContext, String...)} for Java code that applies rules without Drools.
     *
     * @param ids catalogue ids
     */
    public void leaveOut(List<String> ids) {
        leftOut.addAll(ids);
    }

    /**
     * Related advice becomes one recommendation: a draft that joins a weak factor goes into the
     * recommendation of the weakest factor it concerns that has one.
     */
    private static void join(Map<String, Draft> byId) {
        boolean joins = false;
        boolean gathers = false;
        for (Draft draft : byId.values()) {
            joins |= draft.joinsWeakFactor;
            gathers |= draft.gathers != null;
        }
        if (!joins && !gathers) {
            return;
        }
        // By id, so the result does not depend on the order in which the rules fired.
        List<Draft> joined = new ArrayList<>();
        for (Draft draft : joins ? byIdOrder(byId) : List.<Draft>of()) {
            if (!draft.joinsWeakFactor) {
                continue;
            }
            Draft target = null;
            Factor targetFactor = null;
            double lowest = Double.POSITIVE_INFINITY;
            // Equal means: the factor first in the model's order, whatever order the rule matched them in.
            Factor[] concerned = draft.factors.toArray(Factor[]::new);
            Arrays.sort(concerned);
            for (Factor factor : concerned) {
                Draft candidate = byId.get(WEAK_ID[factor.ordinal()]);
                Double mean = draft.figures.get(MEAN_KEY[factor.ordinal()]);
                if (candidate != null && candidate != draft && !candidate.joinsWeakFactor && mean != null && mean < lowest) {
                    target = candidate;
                    targetFactor = factor;
                    lowest = mean;
                }
            }
            if (target != null) {
                draft.dropToolsJoining(targetFactor);
                target.absorb(draft, true);
                joined.add(draft);
            }
        }
        joined.forEach(draft -> byId.remove(draft.id));
        if (!gathers) {
            return;
        }
        List<Draft> gathered = new ArrayList<>();
        // byId does not change in these loops: sorted once.
        List<Draft> sorted = byIdOrder(byId);
        for (Draft draft : sorted) {
            if (draft.gathers == null) {
                continue;
            }
            for (Draft candidate : sorted) {
                if (candidate != draft && candidate.gathers == null && !Double.isNaN(candidate.factorMean())
                        && draft.gatheredFactors.contains(candidate.factors.iterator().next()) && !gathered.contains(candidate)) {
                    draft.gather(candidate);
                    draft.priority = Math.max(draft.priority, candidate.priority);
                    gathered.add(candidate);
                }
            }
        }
        gathered.forEach(draft -> byId.remove(draft.id));
    }

    /** The drafts in the order of their ids (unique: the map's keys). */
    private static List<Draft> byIdOrder(Map<String, Draft> byId) {
        List<Draft> sorted = new ArrayList<>(byId.values());
        sorted.sort(BY_ID);
        return sorted;
    }

    /**
     * Boosts raise a weak-factor recommendation once, by the largest amount asked (they do not add
     * up; every rule that asked is named), and, when the boost names a gap key, never past the
     * recommendation of a factor that scores at least that much lower: a clearly weaker factor keeps
     * coming first. Each limit is said in the explanation.
     */
    private void applyBoosts(Map<String, Draft> byId) {
        Map<Draft, List<Boost>> byDraft = new LinkedHashMap<>();
        for (Boost boost : boosts) {
            Draft draft = byId.get(boost.recommendationId());
            if (draft != null && byDraft.computeIfAbsent(draft, d -> new ArrayList<>()).stream()
                    .noneMatch(b -> b.rule().equals(boost.rule()))) {
                byDraft.get(draft).add(boost);
            }
        }
        if (byDraft.isEmpty()) {
            return;
        }
        // Weakest factors first, so a weaker factor's priority is final before a stronger one is capped by it.
        // (Stable sort: drafts of equal means keep their order, as the stream's sorted() kept it.)
        List<Draft> factorDrafts = new ArrayList<>(byId.size());
        for (Draft draft : byId.values()) {
            draft.boostMean = draft.factorMean();
            if (!Double.isNaN(draft.boostMean)) {
                factorDrafts.add(draft);
            }
        }
        factorDrafts.sort(Comparator.comparingDouble((Draft d) -> d.boostMean));
        for (Draft draft : factorDrafts) {
            List<Boost> asked = byDraft.get(draft);
            if (asked == null) {
                continue;
            }
            Boost applied = asked.stream().max(Comparator.comparingInt(Boost::amount)).orElseThrow();
            String gapKey = applied.gapKey();
            double clearGap = gapKey == null ? Double.NaN : thresholds.value(gapKey);
            int base = draft.priority;
            int raised = Math.min(100, base + applied.amount());
            Draft limit = null;
            if (!Double.isNaN(clearGap)) {
                for (Draft weaker : factorDrafts) {
                    if (Math.round(draft.boostMean * 100) - Math.round(weaker.boostMean * 100)
                            >= Math.round(clearGap * 100) && weaker.priority <= raised) {
                        if (limit == null || weaker.priority < limit.priority) {
                            limit = weaker;
                        }
                    }
                }
            }
            draft.priority = limit == null ? raised : Math.max(base, Math.min(raised, limit.priority - 1));
            for (Boost boost : asked) {
                draft.matched.add(boost == applied ? boost.why() : boost.why() + " (boosts do not add up; raised once)");
                draft.facts.add(new Explanation.Fact(boost == applied ? "boost" : "boost-again", Map.of(
                        "amount", Integer.toString(boost.amount()), "key", boost.amountKey(), "rule", boost.rule())));
            }
            if (limit != null) {
                Factor weakerFactor = limit.factors.iterator().next();
                draft.matched.add("priority held at " + draft.priority + ": factor " + weakerFactor.id() + " (mean "
                        + Decimals.two(limit.boostMean) + ") is at least " + Decimals.two(clearGap) + " lower ("
                        + gapKey + ") and keeps coming first");
                draft.facts.add(new Explanation.Fact("boost-limited", Map.of("priority", Integer.toString(draft.priority),
                        "subject", SUBJECT[weakerFactor.ordinal()], "mean", Decimals.two(limit.boostMean),
                        "threshold", Decimals.two(clearGap), "key", gapKey)));
            }
        }
    }

    /**
     * Each tool once in the whole advice and at most {@link #MAX_TOOLS} per recommendation, in the
     * recommendation it fits best: first where its own rule names it (a tool of the factor table's row
     * of information belongs to the information advice, even when a target group's reason brought it
     * into an earlier recommendation too), then where a joined reason or a gathered factor brought it;
     * between equals, the recommendation that comes first in the report. Within a recommendation the
     * tools keep their order (rules list them by fit; a joined reason's tools take turns with the
     * recommendation's own).
     *
     * @param sorted the recommendations, in the order of the report
     * @param own    per recommendation id, the tools its own rule named
     * @return the same recommendations with their tools assigned
     */
    static List<Recommendation> assignTools(List<Recommendation> sorted, Map<String, Set<String>> own) {
        Map<String, Integer> owner = new LinkedHashMap<>();
        int[] count = new int[sorted.size()];
        for (boolean ownPass : new boolean[] {true, false}) {
            for (int r = 0; r < sorted.size(); r++) {
                Set<String> ownTools = own.getOrDefault(sorted.get(r).id(), Set.of());
                for (String tool : sorted.get(r).tools()) {
                    if (count[r] < MAX_TOOLS && !owner.containsKey(tool) && (!ownPass || ownTools.contains(tool))) {
                        owner.put(tool, r);
                        count[r]++;
                    }
                }
            }
        }
        List<Recommendation> assigned = new ArrayList<>(sorted.size());
        for (int r = 0; r < sorted.size(); r++) {
            Recommendation recommendation = sorted.get(r);
            Integer index = r;
            List<String> tools = recommendation.tools().stream().distinct().filter(tool -> index.equals(owner.get(tool))).toList();
            assigned.add(tools.equals(recommendation.tools()) ? recommendation
                    : new Recommendation(recommendation.id(), recommendation.priority(), recommendation.factors(),
                            recommendation.domains(), recommendation.dimensions(), recommendation.figures(), tools,
                            recommendation.explanation(), recommendation.reasons()));
        }
        return assigned;
    }

    /** The mean of a weak-factor recommendation's factor; anything else sorts after the factors. */
    private static double factorMean(Recommendation recommendation) {
        if (recommendation.id().startsWith("factor.") && recommendation.id().endsWith(".weak") && recommendation.factors().size() == 1) {
            Double mean = recommendation.figures().get(MEAN_KEY[recommendation.factors().get(0).ordinal()]);
            return mean == null ? Double.MAX_VALUE : mean;
        }
        return Double.MAX_VALUE;
    }

    /**
     * Splits a list of ids written in a table cell.
     *
     * @param cell the cell text, ids separated by commas or white space
     * @return the ids, in their order, without empty ones
     */
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

    /**
     * Reads a note that names a row of the factor table, as the regular expression
     * {@code row (\d+) of (\S+)} matches the whole text, without one: this runs in rule consequences.
     *
     * @param text a note
     * @return the row number and the file, or null when the note is not of that form
     */
    static String[] tableRow(String text) {
        if (!text.startsWith("row ")) {
            return null;
        }
        int digits = "row ".length();
        int end = digits;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        int file = end + " of ".length();
        if (end == digits || !text.startsWith(" of ", end) || file == text.length()) {
            return null;
        }
        for (int i = file; i < text.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
                return null;
            }
        }
        return new String[] {text.substring(digits, end), text.substring(file)};
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
        // The tools this recommendation's own rule named (not those of a joined reason or a gathered factor).
        private final Set<String> ownTools = new LinkedHashSet<>();
        // Tools that stay first wherever this advice joins or is gathered (see keepTools()).
        private final Set<String> keptTools = new LinkedHashSet<>();
        // Tools left out when this advice joins a given factor's recommendation; null until a rule asks (most never do).
        private Map<Factor, List<String>> droppedWhenJoining;
        private final List<String> matched = new ArrayList<>();
        // Null where a matched mean is written only if no comparison takes its place: see subject().
        private final List<Explanation.Fact> facts = new ArrayList<>();
        private final List<PendingMean> pendingMeans = new ArrayList<>(4);
        private final List<String> reasons = new ArrayList<>();
        private boolean joinsWeakFactor;
        private Domain gathers;
        private final Set<Factor> gatheredFactors = new LinkedHashSet<>();
        private String lastSubject;
        private double lastMean = Double.NaN;
        // factorMean() while boosts are applied (nothing that it reads changes then).
        private double boostMean = Double.NaN;

        private Draft(String id, int priority) {
            this.id = id;
            this.priority = Math.max(0, Math.min(100, priority));
        }

        /**
         * A fact the rule matched: its factor, domain or dimension is concerned and its mean is a figure
         * ({@code <id>.mean}; a previous round's mean is {@code <factor>.previous-mean}; earlier agreements
         * give {@code <factor>.done} and {@code <factor>.dropped}).
         *
         * @param fact a FactorFact, DomainFact, DimensionFact or other fact
         * @return this draft
         */
        public Draft fact(Object fact) {
            lastSubject = null;
            lastMean = Double.NaN;
            if (fact instanceof FactorFact f) {
                factors.add(f.getFactor());
                figures.put(MEAN_KEY[f.getFactor().ordinal()], f.getMean());
                subject(SUBJECT[f.getFactor().ordinal()], f.getMean());
            } else if (fact instanceof DomainFact d) {
                domains.add(d.getDomain());
                figures.put(d.getDomain().id() + ".mean", d.getMean());
                subject("domain:" + d.getDomain().id(), d.getMean());
            } else if (fact instanceof DimensionFact d) {
                dimensions.add(d.getDimension());
                figures.put(d.getDimension().id() + ".mean", d.getMean());
                subject("dimension:" + d.getDimension().id(), d.getMean());
            } else if (fact instanceof PreviousFactorFact p) {
                factors.add(p.getFactor());
                figures.put(p.getFactorId() + ".previous-mean", p.getMean());
                lastSubject = "factor:" + p.getFactorId();
                lastMean = p.getMean();
                facts.add(new Explanation.Fact("previous-mean", Map.of("subject", lastSubject, "mean", Decimals.two(p.getMean()))));
            } else if (fact instanceof AgreementHistoryFact a) {
                factors.add(a.getFactor());
                figures.put(a.getFactorId() + ".done", (double) a.getDone());
                figures.put(a.getFactorId() + ".dropped", (double) a.getDropped());
                facts.add(new Explanation.Fact("agreements", Map.of("subject", "factor:" + a.getFactorId(),
                        "done", Integer.toString(a.getDone()), "dropped", Integer.toString(a.getDropped()))));
            } else if (fact instanceof ContextFact c) {
                facts.add(new Explanation.Fact("context", Map.of("region", c.getRegion().id(), "sector", c.getSector().id(),
                        "targetGroups", c.getTargetGroups().stream().map(g -> g.id()).collect(Collectors.joining(",")))));
            } else if (fact instanceof ScanFact scan) {
                facts.add(new Explanation.Fact("scan", Map.of("respondents", Integer.toString(scan.getRespondents()))));
            }
            matched.add(String.valueOf(fact));
            return this;
        }

        private void subject(String subject, double mean) {
            lastSubject = subject;
            lastMean = mean;
            // The fact "mean" is written when the advice is made (writeMeans), unless below() or atLeast()
            // replaces it first, as they almost always do: then it is never built.
            facts.add(null);
            pendingMeans.add(new PendingMean(subject, mean));
        }

        /** Writes the facts "mean" that no comparison replaced, in their places. */
        private void writeMeans() {
            if (pendingMeans.isEmpty()) {
                return;
            }
            int next = 0;
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i) == null) {
                    PendingMean pending = pendingMeans.get(next++);
                    facts.set(i, new Explanation.Fact("mean", Map.of("subject", pending.subject(), "mean", Decimals.two(pending.mean()))));
                }
            }
            pendingMeans.clear();
        }

        /**
         * Says the last fact's mean is below the threshold of the key.
         *
         * @param thresholdKey the key of the threshold compared with
         * @return this draft
         */
        public Draft below(String thresholdKey) {
            return compared("<", thresholdKey);
        }

        /**
         * Says the last fact's mean is at least the threshold of the key.
         *
         * @param thresholdKey the key of the threshold compared with
         * @return this draft
         */
        public Draft atLeast(String thresholdKey) {
            return compared(">=", thresholdKey);
        }

        private Draft compared(String operator, String thresholdKey) {
            double threshold = thresholds.value(thresholdKey);
            figures.put(thresholdKey, threshold);
            String code = "<".equals(operator) ? "below" : "at-least";
            if (!matched.isEmpty() && !Double.isNaN(lastMean)) {
                int last = matched.size() - 1;
                matched.set(last, matched.get(last) + " " + operator + " " + Decimals.two(threshold) + " (" + thresholdKey + ")");
                if (facts.get(facts.size() - 1) == null) {
                    // The last fact is the last mean still to be written: this comparison takes its place.
                    pendingMeans.remove(pendingMeans.size() - 1);
                }
                facts.set(facts.size() - 1, new Explanation.Fact(code, Map.of("subject", lastSubject,
                        "mean", Decimals.two(lastMean), "threshold", Decimals.two(threshold), "key", thresholdKey)));
            } else {
                matched.add(operator + " " + thresholdKey + " " + Decimals.two(threshold));
                facts.add(new Explanation.Fact(code + "-threshold", Map.of("threshold", Decimals.two(threshold), "key", thresholdKey)));
            }
            return this;
        }

        /**
         * Says the lagging dimension is at least the gap of the key below the other.
         *
         * @param lagging      the dimension that lags
         * @param other        a dimension it lags behind
         * @param thresholdKey the key of the gap
         * @return this draft
         */
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
            facts.add(new Explanation.Fact("gap", Map.of("subject", "dimension:" + lagging.getDimension().id(),
                    "mean", Decimals.two(lagging.getMean()), "gap", Decimals.two(other.gapAbove(lagging)),
                    "other", "dimension:" + other.getDimension().id(), "otherMean", Decimals.two(other.getMean()),
                    "threshold", Decimals.two(threshold), "key", thresholdKey)));
            return this;
        }

        /**
         * Says the team's spread on the factor is at least the standard deviation of the key.
         *
         * @param fact         the factor the team disagrees on
         * @param thresholdKey the key of the standard deviation
         * @return this draft
         */
        public Draft spread(FactorFact fact, String thresholdKey) {
            double threshold = thresholds.value(thresholdKey);
            factors.add(fact.getFactor());
            figures.put(fact.getFactorId() + ".sd", fact.getSd());
            figures.put(fact.getFactorId() + ".respondents", (double) fact.getRespondents());
            figures.put(thresholdKey, threshold);
            matched.add("factor " + fact.getFactorId() + ": sd " + Decimals.two(fact.getSd()) + " >= " + Decimals.two(threshold)
                    + " (" + thresholdKey + ") among " + fact.getRespondents() + " respondents");
            facts.add(new Explanation.Fact("spread", Map.of("subject", "factor:" + fact.getFactorId(),
                    "sd", Decimals.two(fact.getSd()), "threshold", Decimals.two(threshold), "key", thresholdKey,
                    "respondents", Integer.toString(fact.getRespondents()))));
            return this;
        }

        /**
         * A number that triggered the rule.
         *
         * @param name  what the number is, e.g. {@code respondents}
         * @param value the number
         * @return this draft
         */
        public Draft figure(String name, double value) {
            figures.put(name, value);
            return this;
        }

        /**
         * A condition in words, for what a fact cannot say itself.
         *
         * @param text the condition
         * @return this draft
         */
        public Draft note(String text) {
            matched.add(text);
            // The factor table names its rows "row 11 of factor-weak.csv": said in the report's language.
            String[] row = tableRow(text);
            facts.add(row != null ? new Explanation.Fact("table-row", Map.of("row", row[0], "file", row[1]))
                    : new Explanation.Fact("note", Map.of("text", text)));
            return this;
        }

        /**
         * A condition as a text code ({@code report.explanation.<code>}) with its arguments, and the same
         * in plain words for logs and machines.
         *
         * @param code      the text code of the condition
         * @param plain     the condition in plain words
         * @param arguments the values its text names, by name
         * @return this draft
         */
        public Draft condition(String code, String plain, Map<String, String> arguments) {
            matched.add(plain);
            facts.add(new Explanation.Fact(code, arguments));
            return this;
        }

        /**
         * Makes this advice part of the recommendation of the weakest factor it concerns, when that
         * factor's own weak-factor recommendation ({@code factor.<id>.weak}) is made: one subject, one
         * recommendation, with this rule as one of its reasons (its tools added, its priority not).
         * When no such recommendation is made, this one stands on its own.
         *
         * @return this draft
         */
        public Draft joinWeakFactor() {
            joinsWeakFactor = true;
            return this;
        }

        /**
         * Leaves these of its tools out when this advice joins the recommendation of that factor (the one
         * {@link #joinWeakFactor()} chooses): a reason whose point changes with the advice it joins, such as
         * poverty joined to the building advice, which is about thresholds there rather than rights. Standing
         * alone or joining another factor's recommendation, it keeps them.
         *
         * @param factor the factor whose recommendation it may join
         * @param ids    catalogue ids among this advice's tools
         * @return this draft
         * @throws IllegalArgumentException when an id is not one of this advice's tools (a misspelt id would do nothing)
         */
        public Draft withoutToolsWhenJoining(Factor factor, String... ids) {
            for (String id : ids) {
                if (!tools.contains(id)) {
                    throw new IllegalArgumentException("The tool (%s) left out when %s joins %s is not one of its tools %s."
                            .formatted(id, this.id, Objects.requireNonNull(factor, "factor").id(), tools));
                }
            }
            if (droppedWhenJoining == null) {
                droppedWhenJoining = new EnumMap<>(Factor.class);
            }
            droppedWhenJoining.computeIfAbsent(Objects.requireNonNull(factor, "factor"), f -> new ArrayList<>()).addAll(Arrays.asList(ids));
            return this;
        }

        /** Leaves out the tools named for the factor whose recommendation this advice joins. */
        private void dropToolsJoining(Factor factor) {
            List<String> dropped = droppedWhenJoining == null ? null : droppedWhenJoining.get(factor);
            if (dropped != null) {
                tools.removeAll(dropped);
                ownTools.removeAll(dropped);
            }
        }

        /**
         * Whether this advice is about the factor (for a rule that adds a tool only then).
         *
         * @param factor the factor
         * @return true when the factor is one of this advice's factors
         */
        public boolean concerns(Factor factor) {
            return factors.contains(factor);
        }

        /**
         * Keeps the tools named so far wherever this advice joins a recommendation or is gathered into
         * one: they go before that recommendation's tools and count as its own, so the limit of five tools
         * never drops them. For a reason whose text names its tool, or whose tool is its whole point.
         *
         * @return this draft
         */
        public Draft keepTools() {
            keptTools.addAll(tools);
            return this;
        }

        /**
         * Makes the weak-factor recommendations of the domain's factors reasons of this one: when a
         * whole domain is weak, its weak factors are one subject, not one recommendation each. This
         * recommendation keeps the highest priority of those it gathers.
         *
         * @param domain the domain whose weak factors are gathered
         * @return this draft
         */
        public Draft gatherWeakFactors(Domain domain) {
            gathers = Objects.requireNonNull(domain, "domain");
            for (Factor factor : Factor.values()) {
                if (factor.domain() == domain) {
                    gatheredFactors.add(factor);
                }
            }
            return this;
        }

        /**
         * As {@link #gatherWeakFactors(Domain)}, but only the weak-factor recommendations of these factors of
         * the domain: the others keep a recommendation of their own (a different point).
         *
         * @param domain  the domain whose weak factors are gathered
         * @param factors the factors of that domain that are gathered
         * @return this draft
         * @throws IllegalArgumentException when a factor is not of the domain
         */
        public Draft gatherWeakFactors(Domain domain, Factor... factors) {
            gathers = Objects.requireNonNull(domain, "domain");
            for (Factor factor : factors) {
                if (factor.domain() != domain) {
                    throw new IllegalArgumentException("The factor (%s) is not of the domain (%s).".formatted(factor.id(), domain.id()));
                }
                gatheredFactors.add(factor);
            }
            return this;
        }

        /**
         * Factors this recommendation concerns, besides those of its facts.
         *
         * @param concerned the factors
         * @return this draft
         */
        public Draft about(Factor... concerned) {
            factors.addAll(Arrays.asList(concerned));
            return this;
        }

        /**
         * The tools to suggest, by catalogue id.
         *
         * @param ids catalogue ids
         * @return this draft
         */
        public Draft tools(String... ids) {
            return tools(Arrays.asList(ids));
        }

        /**
         * The tools to suggest, by catalogue id.
         *
         * @param ids catalogue ids
         * @return this draft
         */
        public Draft tools(List<String> ids) {
            tools.addAll(ids);
            ownTools.addAll(ids);
            return this;
        }

        private void merge(Draft other) {
            priority = Math.max(priority, other.priority);
            factors.addAll(other.factors);
            domains.addAll(other.domains);
            dimensions.addAll(other.dimensions);
            figures.putAll(other.figures);
            tools.addAll(other.tools);
            ownTools.addAll(other.ownTools);
            other.matched.stream().filter(line -> !matched.contains(line)).forEach(matched::add);
            other.facts.stream().filter(fact -> !facts.contains(fact)).forEach(facts::add);
            other.reasons.stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
            joinsWeakFactor |= other.joinsWeakFactor;
            if (gathers == null) {
                gathers = other.gathers;
            }
            gatheredFactors.addAll(other.gatheredFactors);
            keptTools.addAll(other.keptTools);
            if (other.droppedWhenJoining != null) {
                other.droppedWhenJoining.forEach((factor, ids) -> withoutToolsWhenJoining(factor, ids.toArray(String[]::new)));
            }
        }

        /** Puts the tools another advice keeps first, as this recommendation's own (see keepTools()). */
        private void keep(Draft other) {
            if (other.keptTools.isEmpty()) {
                return;
            }
            List<String> rest = new ArrayList<>(tools);
            rest.removeAll(other.keptTools);
            tools.clear();
            tools.addAll(keptTools);
            tools.addAll(other.keptTools);
            tools.addAll(rest);
            ownTools.addAll(other.keptTools);
            keptTools.addAll(other.keptTools);
        }

        /**
         * Takes in a related rule's advice as a reason: its tools (before this one's own when they are
         * the more specific ones), figures and explanation, not its priority.
         */
        private void absorb(Draft other, boolean toolsFirst) {
            if (!reasons.contains(other.id)) {
                reasons.add(other.id);
            }
            other.reasons.stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
            other.figures.forEach(figures::putIfAbsent);
            if (toolsFirst) {
                // In turns, this one's own first: each list is ordered by fit, so the best tools of both come first.
                List<String> own = new ArrayList<>(tools);
                List<String> theirs = new ArrayList<>(other.tools);
                tools.clear();
                for (int place = 0; place < Math.max(own.size(), theirs.size()); place++) {
                    if (place < own.size()) {
                        tools.add(own.get(place));
                    }
                    if (place < theirs.size()) {
                        tools.add(theirs.get(place));
                    }
                }
            } else {
                tools.addAll(other.tools);
            }
            keep(other);
            facts.add(new Explanation.Fact("joined", Map.of("rule", other.id)));
            matched.add("rule " + other.id + " joins this recommendation:");
            other.matched.forEach(matched::add);
            other.facts.forEach(facts::add);
        }

        /**
         * Takes in a weak factor of the gathered domain: the factor is one this recommendation is about
         * (named in its text by {@code {factors}}), its tools follow this one's own, its explanation is
         * kept; its own texts are not repeated, so the recommendation stays one point.
         */
        private void gather(Draft other) {
            factors.addAll(other.factors);
            other.figures.forEach(figures::putIfAbsent);
            tools.addAll(other.tools);
            keep(other);
            other.reasons.stream().filter(reason -> !reasons.contains(reason)).forEach(reasons::add);
            facts.add(new Explanation.Fact("gathered", Map.of("rule", other.id)));
            matched.add("rule " + other.id + " is part of this recommendation:");
            other.matched.forEach(matched::add);
            other.facts.forEach(facts::add);
        }

        /** The mean of the factor of a weak-factor recommendation, or NaN. */
        private double factorMean() {
            if (!id.startsWith("factor.") || !id.endsWith(".weak") || factors.size() != 1) {
                return Double.NaN;
            }
            Double mean = figures.get(MEAN_KEY[factors.iterator().next().ordinal()]);
            return mean == null ? Double.NaN : mean;
        }
    }

    private record PendingMean(String subject, double mean) {
    }

    private record Boost(String recommendationId, int amount, String amountKey, String gapKey, String rule, String why) {
    }

    /**
     * The advice from what the rules said: drafts of the same id merged, boosts applied, tools
     * outside the organisation's scope left out, highest priority first (then by id), tools
     * deduplicated in the order of first mention.
     *
     * @param ruleSet      the rule set, named in every explanation
     * @param catalogue    the catalogue whose tool scopes apply
     * @param organisation the organisation whose region and sector the scopes are checked against
     * @return the advice
     */
    public Advice toAdvice(RuleSetInfo ruleSet, ToolCatalogue catalogue, Organisation organisation) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            draft.writeMeans();
        }
        for (Draft draft : drafts) {
            Draft first = byId.putIfAbsent(draft.id, draft);
            if (first != null) {
                first.merge(draft);
            }
        }
        applyBoosts(byId);
        join(byId);
        List<Recommendation> recommendations = new ArrayList<>(byId.size());
        for (Draft draft : byId.values()) {
            List<String> tools = new ArrayList<>();
            for (String tool : draft.tools) {
                if (catalogue.find(tool).isEmpty()) {
                    LOG.warn("Rule {} of rule set {} {} suggests an unknown tool ({}); left out.", draft.id, ruleSet.name(),
                            ruleSet.version(), tool);
                } else if (catalogue.appliesTo(tool, organisation) && !leftOut.contains(tool)) {
                    tools.add(tool);
                }
            }
            recommendations.add(new Recommendation(draft.id, draft.priority, List.copyOf(draft.factors),
                    List.copyOf(draft.domains), List.copyOf(draft.dimensions), draft.figures, tools,
                    new Explanation(draft.id, ruleSet.name(), ruleSet.version(), draft.matched, draft.facts),
                    List.copyOf(draft.reasons)));
        }
        // Highest priority first; between equal priorities the weaker factor first, then by id.
        recommendations.sort(Comparator.comparingInt(Recommendation::priority).reversed()
                .thenComparingDouble(AdviceCollector::factorMean).thenComparing(Recommendation::id));
        Map<String, Set<String>> own = new LinkedHashMap<>();
        byId.values().forEach(draft -> own.put(draft.id, draft.ownTools));
        recommendations = assignTools(recommendations, own);
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
