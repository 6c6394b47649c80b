package org.inclusionscan.rules.drools;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable rule set: a KieBase with its pool of sessions, the thresholds and wording
 * it was built with, and what is known of its rules. Thread-safe: each call takes its own session
 * from the pool and its own {@link AdviceCollector}.
 */
public final class CompiledRuleSet {

    private static final int POOL_SIZE = 4;

    private final RuleSetInfo info;
    private final RuleSetSources sources;
    private final Thresholds thresholds;
    private final Texts texts;
    private final ToolCatalogue catalogue;
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Set<String> globals;
    private final List<RuleInfo> rules;
    private final boolean precompiled;

    CompiledRuleSet(RuleSetInfo info, RuleSetSources sources, Thresholds thresholds, Texts texts, ToolCatalogue catalogue,
            KieBase kieBase, Set<String> globals, List<RuleInfo> rules, boolean precompiled) {
        this.info = Objects.requireNonNull(info, "info");
        this.sources = sources;
        this.thresholds = thresholds;
        this.texts = texts;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(POOL_SIZE);
        this.globals = Set.copyOf(globals);
        this.rules = List.copyOf(rules);
        this.precompiled = precompiled;
    }

    /** True when the rule base came from classes precompiled at build time, not from compiling DRL now. */
    public boolean precompiled() {
        return precompiled;
    }

    public Advice advise(ScoreCard scores, Organisation organisation) {
        return advise(scores, organisation, History.NONE, null);
    }

    /**
     * Advises with only the rules whose name passes the filter (for tests of one rule).
     *
     * @param ruleFilter null for all rules
     */
    public Advice advise(ScoreCard scores, Organisation organisation, Predicate<String> ruleFilter) {
        return advise(scores, organisation, History.NONE, ruleFilter);
    }

    /** Advises on a follow-up round: the rules also see the history (docs/rules.md, "Follow-up facts"). */
    public Advice advise(ScoreCard scores, Organisation organisation, History history) {
        return advise(scores, organisation, history, null);
    }

    /**
     * Advises on a round with its history, with only the rules whose name passes the filter.
     *
     * @param ruleFilter null for all rules
     */
    public Advice advise(ScoreCard scores, Organisation organisation, History history, Predicate<String> ruleFilter) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(history, "history");
        AdviceCollector collector = new AdviceCollector(thresholds);
        KieSession session = pool.newKieSession();
        try {
            if (globals.contains("advice")) {
                session.setGlobal("advice", collector);
            }
            if (globals.contains("thresholds")) {
                session.setGlobal("thresholds", thresholds);
            }
            for (Object fact : Facts.of(scores, organisation, history)) {
                session.insert(fact);
            }
            if (ruleFilter == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> ruleFilter.test(match.getRule().getName()));
            }
        } finally {
            session.dispose();
        }
        return collector.toAdvice(info, catalogue, organisation);
    }

    public RuleSetInfo info() {
        return info;
    }

    public RuleSetSources sources() {
        return sources;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public Texts texts() {
        return texts;
    }

    public ToolCatalogue catalogue() {
        return catalogue;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rules as read from their files (DRL comments, table rows), in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
