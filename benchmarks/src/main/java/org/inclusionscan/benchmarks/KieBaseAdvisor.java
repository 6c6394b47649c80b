package org.inclusionscan.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.Facts;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.RuleSource;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.inclusionscan.scoring.ScoreCard;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The shipped rule set's KieBase run in the ways Drools offers, to measure which is cheapest:
 * a stateless session with batch commands, a pooled stateful session reset after each scan (what
 * {@code CompiledRuleSet} shipped before issue 17), a new stateful session per scan, one stateful
 * session reused for many scans in turn (insert all facts, fire, delete them all), and one session
 * primed with the factor table's rows, of which only the scan's facts are inserted and deleted (what
 * {@code CompiledRuleSet} ships). Each call builds its advice with a fresh {@link AdviceCollector}, like the
 * shipped advisor.
 */
public final class KieBaseAdvisor {

    public enum Mode { STATELESS, POOLED, NEW_SESSION, REUSED_SESSION, PRIMED }

    private final CompiledRuleSet rules;
    private final KieBase kieBase;
    private final Mode mode;
    private final KieSessionsPool pool;
    private final StatelessKieSession stateless;
    private final KieCommands commands = KieServices.get().getCommands();
    private KieSession reused;

    /**
     * @param rules   the thresholds, catalogue and rule-set info to advise with
     * @param kieBase the rules themselves (the classic build of {@code rules} or its executable model)
     */
    KieBaseAdvisor(CompiledRuleSet rules, KieBase kieBase, Mode mode) {
        this.rules = rules;
        this.kieBase = kieBase;
        this.mode = mode;
        this.pool = mode == Mode.POOLED ? kieBase.newKieSessionsPool(4) : null;
        this.stateless = mode == Mode.STATELESS ? kieBase.newStatelessKieSession() : null;
        this.reused = mode == Mode.REUSED_SESSION || mode == Mode.PRIMED ? kieBase.newKieSession() : null;
        if (mode == Mode.PRIMED) {
            reused.setGlobal("thresholds", rules.thresholds());
            rules.tableRows().forEach(reused::insert);
        }
    }

    /** Not thread-safe in modes REUSED_SESSION and PRIMED (one session); the other modes are. */
    Advice advise(ScoreCard scores, Organisation organisation) {
        AdviceCollector collector = new AdviceCollector(rules.thresholds());
        // PRIMED inserts only the scan's own facts; the others insert the table's rows too.
        List<Object> facts = mode == Mode.PRIMED ? List.of() : rules.facts(scores, organisation);
        switch (mode) {
            case STATELESS -> {
                List<Command<?>> batch = List.of(commands.newSetGlobal("advice", collector),
                        commands.newSetGlobal("thresholds", rules.thresholds()),
                        commands.newInsertElements(facts), commands.newFireAllRules());
                stateless.execute(commands.newBatchExecution(batch));
            }
            case POOLED -> run(pool.newKieSession(), collector, facts, true);
            case NEW_SESSION -> run(kieBase.newKieSession(), collector, facts, true);
            case PRIMED -> {
                reused.setGlobal("advice", collector);
                List<Object> scanFacts = Facts.of(scores, organisation);
                List<FactHandle> handles = new ArrayList<>(scanFacts.size());
                for (Object fact : scanFacts) {
                    handles.add(reused.insert(fact));
                }
                reused.fireAllRules();
                for (FactHandle handle : handles) {
                    reused.delete(handle);
                }
            }
            case REUSED_SESSION -> {
                reused.setGlobal("advice", collector);
                reused.setGlobal("thresholds", rules.thresholds());
                List<FactHandle> handles = new ArrayList<>(facts.size());
                for (Object fact : facts) {
                    handles.add(reused.insert(fact));
                }
                reused.fireAllRules();
                for (FactHandle handle : handles) {
                    reused.delete(handle);
                }
            }
        }
        return collector.toAdvice(rules.info(), rules.catalogue(), organisation);
    }

    private void run(KieSession session, AdviceCollector collector, List<Object> facts, boolean dispose) {
        try {
            session.setGlobal("advice", collector);
            session.setGlobal("thresholds", rules.thresholds());
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            if (dispose) {
                session.dispose();
            }
        }
    }

    void close() {
        if (reused != null) {
            reused.dispose();
            reused = null;
        }
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Builds the executable model of a rule set's sources at run time (what a kjar would hold precompiled). */
    static KieBase executableModel(RuleSetSources sources) {
        KieServices kieServices = KieServices.get();
        ReleaseId releaseId = kieServices.newReleaseId("org.inclusionscan.benchmarks", "exec-model", "1." + System.nanoTime());
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleSource file : sources.rules()) {
            files.write("src/main/resources/" + packageFolder(file) + file.name(), file.content());
        }
        KieBuilder builder = kieServices.newKieBuilder(files).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The executable model does not build: " + errors);
        }
        KieBase kieBase = kieServices.newKieContainer(releaseId).getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static String packageFolder(RuleSource file) {
        String marker = "package ";
        for (String line : file.content().lines().toList()) {
            String stripped = line.strip().replace("\"", "");
            if (stripped.startsWith(marker)) {
                String name = stripped.substring(marker.length()).split("[,;\\s]")[0].strip();
                return name.replace('.', '/') + "/";
            }
        }
        return "rules/";
    }
}
