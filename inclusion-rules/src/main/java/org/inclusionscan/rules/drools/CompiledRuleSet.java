package org.inclusionscan.rules.drools;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.inclusionscan.scoring.ScoreCard;
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
    private final List<FactorRuleRow> tableRows;
    private final boolean precompiled;
    private final List<RuleProblem> notices;

    CompiledRuleSet(RuleSetInfo info, RuleSetSources sources, Thresholds thresholds, Texts texts, ToolCatalogue catalogue,
            KieBase kieBase, Set<String> globals, List<RuleInfo> rules, List<FactorRuleRow> tableRows, boolean precompiled,
            List<RuleProblem> notices) {
        this.info = Objects.requireNonNull(info, "info");
        this.sources = sources;
        this.thresholds = thresholds;
        this.texts = texts;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(POOL_SIZE);
        this.globals = Set.copyOf(globals);
        this.rules = List.copyOf(rules);
        this.tableRows = List.copyOf(tableRows);
        this.precompiled = precompiled;
        this.notices = List.copyOf(notices);
    }

    /** True when the rule base came from classes precompiled at build time, not from compiling DRL now. */
    public boolean precompiled() {
        return precompiled;
    }

    public Advice advise(ScoreCard scores, Organisation organisation) {
        return advise(scores, organisation, null);
    }

    /**
     * Advises with only the rules whose advice id passes the filter (for tests of one rule): the
     * rule's name, or for the table rule the id of the row it matched.
     *
     * @param ruleFilter null for all rules
     */
    public Advice advise(ScoreCard scores, Organisation organisation, Predicate<String> ruleFilter) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(organisation, "organisation");
        AdviceCollector collector = new AdviceCollector(thresholds);
        KieSession session = pool.newKieSession();
        try {
            if (globals.contains("advice")) {
                session.setGlobal("advice", collector);
            }
            if (globals.contains("thresholds")) {
                session.setGlobal("thresholds", thresholds);
            }
            for (Object fact : facts(scores, organisation)) {
                session.insert(fact);
            }
            if (ruleFilter == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> ruleFilter.test(match.getRule().getName().equals(RuleSetSources.TABLE_RULE)
                        ? ((FactorRuleRow) match.getDeclarationValue("$row")).getId() : match.getRule().getName()));
            }
        } finally {
            session.dispose();
        }
        return collector.toAdvice(info, catalogue, organisation);
    }

    /** The facts a session of this rule set sees: the scores' and organisation's ({@link Facts#of}) and the table's rows. */
    public List<Object> facts(ScoreCard scores, Organisation organisation) {
        List<Object> facts = Facts.of(scores, organisation);
        facts.addAll(tableRows);
        return facts;
    }

    /** The rows of the factor table, as inserted in every session. */
    public List<FactorRuleRow> tableRows() {
        return tableRows;
    }

    /** What reading the rule set noticed that did not stop it: how the table was read, files not read. */
    public List<RuleProblem> notices() {
        return notices;
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

    /** The rules as read from their files (table rows, DRL comments), in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
