package org.inclusionscan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The hand-written advisor is only a fair limit if it advises exactly like the rules: same
 * recommendation ids in the same order, priorities, concerned factors, domains and dimensions,
 * figures (within 1e-9) and tools after scope filtering. Explanations are wording, not compared.
 */
class PlainJavaAdvisorTest {

    private static final int CARDS = 2_000;

    private final Advisor drools = Advisor.defaults();
    private final PlainJavaAdvisor plain = PlainJavaAdvisor.defaults();

    @Test
    void advisesLikeTheBundledRulesOnGeneratedScoreCards() {
        // GIVEN thousands of generated score cards and organisations
        List<Inputs.Case> cases = Inputs.cases(CARDS, 20261123L);
        Set<String> fired = new HashSet<>();

        for (Inputs.Case c : cases) {
            // WHEN both advise
            Advice expected = drools.advise(c.card(), c.organisation());
            Advice actual = plain.advise(c.card(), c.organisation());

            // THEN they say the same
            assertSameAdvice(actual, expected, c);
            fired.addAll(expected.recommendationIds());
            // Related advice is merged into one recommendation: the rules that joined it count as fired.
            expected.recommendations().forEach(r -> fired.addAll(r.reasons()));
        }
        // AND the generated cards made every rule fire at least once
        assertThat(fired).containsExactlyInAnyOrderElementsOf(PlainJavaAdvisor.ruleIds());
    }

    @Test
    void everySessionModeAndBothBuildsAdviseLikeTheShippedAdvisor() {
        // The shipped defaults are precompiled (executable model); classic is the DRL compiled at run time.
        CompiledRuleSet rules = DroolsAdvisor.defaults().compiled();
        CompiledRuleSet classic = new RuleSetCompiler(ToolCatalogue.defaults()).compileDrl(RuleSetSources.bundled());
        List<KieBaseAdvisor> advisors = new ArrayList<>();
        for (KieBaseAdvisor.Mode mode : KieBaseAdvisor.Mode.values()) {
            advisors.add(new KieBaseAdvisor(rules, rules.kieBase(), mode));
            advisors.add(new KieBaseAdvisor(classic, classic.kieBase(), mode));
        }
        advisors.add(new KieBaseAdvisor(rules, KieBaseAdvisor.executableModel(rules.sources()), KieBaseAdvisor.Mode.POOLED));
        for (Inputs.Case c : Inputs.cases(200, 7L)) {
            Advice expected = drools.advise(c.card(), c.organisation());
            for (KieBaseAdvisor advisor : advisors) {
                assertSameAdvice(advisor.advise(c.card(), c.organisation()), expected, c);
            }
        }
        advisors.forEach(KieBaseAdvisor::close);
    }

    static void assertSameAdvice(Advice actual, Advice expected, Inputs.Case c) {
        String where = "advice for " + c;
        assertThat(actual.ruleSet()).as(where).isEqualTo(expected.ruleSet());
        assertThat(actual.recommendationIds()).as(where).isEqualTo(expected.recommendationIds());
        assertThat(actual.toolIds()).as(where).isEqualTo(expected.toolIds());
        for (int i = 0; i < expected.recommendations().size(); i++) {
            Recommendation e = expected.recommendations().get(i);
            Recommendation a = actual.recommendations().get(i);
            String rec = where + ", recommendation " + e.id();
            assertThat(a.priority()).as(rec).isEqualTo(e.priority());
            assertThat(a.tools()).as(rec).isEqualTo(e.tools());
            assertThat(a.reasons()).as(rec).isEqualTo(e.reasons());
            assertThat(a.factors()).as(rec).containsExactlyInAnyOrderElementsOf(e.factors());
            assertThat(a.domains()).as(rec).containsExactlyInAnyOrderElementsOf(e.domains());
            assertThat(a.dimensions()).as(rec).containsExactlyInAnyOrderElementsOf(e.dimensions());
            assertThat(a.figures().keySet()).as(rec).isEqualTo(e.figures().keySet());
            e.figures().forEach((name, value) -> assertThat(a.figures().get(name)).as(rec + ", figure " + name)
                    .isCloseTo(value, within(1e-9)));
        }
    }
}
