package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.CompiledRuleSet;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleInfo;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** Catches drift between the rule files, the tool catalogue and the translation bundles. */
class ConsistencyTest {

    private final CompiledRuleSet defaults = DroolsAdvisor.defaults().compiled();

    private Set<String> ruleIds() {
        return defaults.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyToolARuleCanSuggestIsInTheCatalogue() {
        assertThat(defaults.rules()).allSatisfy(rule ->
                assertThat(ToolCatalogue.defaults().ids()).as(rule.id()).containsAll(rule.tools()));
    }

    @Test
    void noRuleSuggestsASourceOfTheModel() {
        // A source such as the Index for Inclusion (written for schools) is catalogued, not advised.
        assertThat(defaults.rules()).allSatisfy(rule -> assertThat(rule.tools()).as(rule.id())
                .allSatisfy(tool -> assertThat(ToolCatalogue.defaults().get(tool).suggestible()).as(tool).isTrue()));
    }

    @Test
    void everyRuleSuggestsAtLeastOneTool() {
        assertThat(defaults.rules()).allSatisfy(rule -> assertThat(rule.tools()).as(rule.id()).isNotEmpty());
    }

    @Test
    void everyRecommendationHasATitleWhyAndActionInDutchFrenchAndEnglish() {
        for (String id : ruleIds()) {
            for (Language language : Language.values()) {
                for (String part : List.of("title", "why", "action")) {
                    assertThat(Texts.defaults().has(language, "advice." + id + "." + part))
                            .as("advice.%s.%s in %s", id, part, language.id()).isTrue();
                }
            }
        }
    }

    @Test
    void everyAdviceTextBelongsToARule() {
        Set<String> textIds = Texts.defaults().keys(Language.EN).stream()
                .filter(key -> key.startsWith("advice.") && key.endsWith(".title") && !key.startsWith("advice.priority."))
                .map(key -> key.substring("advice.".length(), key.length() - ".title".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ruleIds()).isEqualTo(textIds);
    }

    @Test
    void everyFactorHasAWeakFactorRule() {
        for (Factor factor : Factor.values()) {
            assertThat(ruleIds()).contains("factor." + factor.id() + ".weak");
        }
    }

    @Test
    void theRulesReadFromTheFilesAreTheRulesDroolsCompiledAndTheTableRows() {
        Set<String> compiled = defaults.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(Rule::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(ruleIds());
        defaults.tableRows().forEach(row -> expected.remove(row.getId()));
        expected.add(RuleSetSources.TABLE_RULE);
        assertThat(compiled).isEqualTo(expected);
        assertThat(defaults.tableRows()).hasSize(Factor.values().length);
        assertThat(defaults.rules()).allSatisfy(rule -> assertThat(rule.description()).as(rule.id()).isNotBlank());
    }

    @Test
    void theBundledRulesPassTheirOwnCheck() {
        CheckReport report = RuleChecker.create().checkDefaults();
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.warnings()).isEmpty();
    }
}
