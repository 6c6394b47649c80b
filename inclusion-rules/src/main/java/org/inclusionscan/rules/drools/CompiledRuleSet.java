package org.inclusionscan.rules.drools;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.advice.RuleSetTexts;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled, immutable rule set: a KieBase with its pool of sessions, the thresholds and wording
 * it was built with, and what is known of its rules. Thread-safe: each call takes its own session
 * from the pool and its own {@link AdviceCollector}.
 *
 * <p>The pooled sessions are primed: they hold the factor table's rows (the same facts for every
 * scan) and the thresholds global, and after each advice only the scan's own facts are deleted, so
 * a session is back in its primed state without being reset and the rows are inserted once, not for
 * every scan (docs/performance.md, issue 17, item 4). A rule set whose rules match with the rows
 * alone (a rule on the table only, an empty condition, a lone {@code not}) cannot be primed: its
 * sessions are reset after every advice, as Drools' pool does.
 */
public final class CompiledRuleSet {

    /** Drools' own pool (sessions that cannot be primed) and the primed sessions kept: at least one per core. */
    private static final int POOL_SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final RuleSetInfo info;
    private final RuleSetSources sources;
    private final Thresholds thresholds;
    private final Texts texts;
    private final ToolCatalogue catalogue;
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    // The primed sessions not in use, in slots taken and given back by compare-and-set: no lock, so a thread
    // that loses its core while holding one never makes the others wait (issue 25, item 1).
    private final AtomicReferenceArray<KieSession> primed = new AtomicReferenceArray<>(POOL_SIZE);
    // Null until the first advice tries to prime a session; then whether this rule set can be primed.
    private volatile Boolean primable;
    private final Set<String> globals;
    private final List<RuleInfo> rules;
    private final List<FactorRuleRow> tableRows;
    private final boolean precompiled;
    private final List<RuleProblem> notices;

    CompiledRuleSet(RuleSetInfo info, RuleSetSources sources, Thresholds thresholds, Texts texts, ToolCatalogue catalogue,
            KieBase kieBase, Set<String> globals, List<RuleInfo> rules, List<FactorRuleRow> tableRows, boolean precompiled,
            List<RuleProblem> notices) {
        // Every advice carries the registered instance, so a reporter finds this rule set's wording by it.
        this.info = RuleSetTexts.register(Objects.requireNonNull(info, "info"), texts);
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
        return advise(scores, organisation, History.NONE, null);
    }

    /**
     * Advises with only the rules whose advice id passes the filter (for tests of one rule): the
     * rule's name, or for the table rule the id of the row it matched.
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
        KieSession session = primedSession();
        if (session == null) {
            session = pool.newKieSession();
            try {
                if (globals.contains("thresholds")) {
                    session.setGlobal("thresholds", thresholds);
                }
                fire(session, collector, facts(scores, organisation, history), ruleFilter);
            } finally {
                session.dispose();
            }
        } else {
            boolean primedAgain = false;
            try {
                FactHandle[] handles = fire(session, collector, Facts.of(scores, organisation, history), ruleFilter);
                for (FactHandle handle : handles) {
                    session.delete(handle);
                }
                // Only the rows are left, unless a consequence inserted facts of its own or deleted a row: then
                // the session is not reused.
                primedAgain = session.getFactCount() == tableRows.size();
            } finally {
                if (!primedAgain || !giveBack(session)) {
                    session.dispose();
                }
            }
        }
        return collector.toAdvice(info, catalogue, organisation);
    }

    /** Sets the advice global, inserts the facts, fires and returns the facts' handles. */
    private FactHandle[] fire(KieSession session, AdviceCollector collector, List<Object> facts, Predicate<String> ruleFilter) {
        if (globals.contains("advice")) {
            session.setGlobal("advice", collector);
        }
        FactHandle[] handles = new FactHandle[facts.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = session.insert(facts.get(i));
        }
        if (ruleFilter == null) {
            session.fireAllRules();
        } else {
            session.fireAllRules(match -> ruleFilter.test(match.getRule().getName().equals(RuleSetSources.TABLE_RULE)
                    ? ((FactorRuleRow) match.getDeclarationValue("$row")).getId() : match.getRule().getName()));
        }
        return handles;
    }

    /**
     * A session that holds the rows and the thresholds and nothing else, from the pool or new; null when
     * this rule set cannot be primed because some rule matches in that state (found on the first call).
     */
    private KieSession primedSession() {
        if (Boolean.FALSE.equals(primable)) {
            return null;
        }
        KieSession session = take();
        if (session != null) {
            return session;
        }
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        // The rule base need not track these sessions: one that is dropped from the full pool is disposed.
        configuration.setOption(KeepReferenceOption.NO);
        session = kieBase.newKieSession(configuration, null);
        boolean ready = false;
        try {
            if (globals.contains("thresholds")) {
                session.setGlobal("thresholds", thresholds);
            }
            for (Object row : tableRows) {
                session.insert(row);
            }
            if (primable == null) {
                // Would any rule match on the rows alone? Then it would fire once per session instead of once
                // per scan: such a rule set is reset after every advice instead. The filter fires nothing.
                boolean[] matched = {false};
                session.fireAllRules(match -> {
                    matched[0] = true;
                    return false;
                });
                primable = !matched[0];
            }
            ready = primable;
            return ready ? session : null;
        } finally {
            if (!ready) {
                session.dispose();
            }
        }
    }

    /** A primed session from a slot, or null when all are empty; each thread starts at a slot of its own. */
    private KieSession take() {
        int start = slot();
        for (int i = 0; i < POOL_SIZE; i++) {
            int index = (start + i) % POOL_SIZE;
            if (primed.getPlain(index) != null) {
                KieSession session = primed.getAndSet(index, null);
                if (session != null) {
                    return session;
                }
            }
        }
        return null;
    }

    /** Puts a primed session in an empty slot; false when all are full (the caller disposes of it). */
    private boolean giveBack(KieSession session) {
        int start = slot();
        for (int i = 0; i < POOL_SIZE; i++) {
            int index = (start + i) % POOL_SIZE;
            if (primed.getPlain(index) == null && primed.compareAndSet(index, null, session)) {
                return true;
            }
        }
        return false;
    }

    private static int slot() {
        return (int) Math.floorMod(Thread.currentThread().getId(), (long) POOL_SIZE);
    }

    /** The facts a session of this rule set sees: the scores' and organisation's ({@link Facts#of}) and the table's rows. */
    public List<Object> facts(ScoreCard scores, Organisation organisation) {
        return facts(scores, organisation, History.NONE);
    }

    /** The facts of a follow-up round: {@link #facts(ScoreCard, Organisation)} and those of its history. */
    public List<Object> facts(ScoreCard scores, Organisation organisation, History history) {
        List<Object> facts = Facts.of(scores, organisation, history);
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
