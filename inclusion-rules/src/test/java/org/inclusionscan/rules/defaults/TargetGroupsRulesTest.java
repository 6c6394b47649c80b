package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;

import java.util.Map;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.Organisations;
import org.inclusionscan.rules.ScoreCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** target-groups.drl: target groups shift which advice comes first. */
class TargetGroupsRulesTest {

    @ParameterizedTest(name = "{0} with weak {1}")
    @CsvSource({
        "older-people, network-vitality",
        "young-people, participation",
        "newcomers, bridge-figures",
        "poverty, legislation",
        "disability, infrastructure",
        "psychological-vulnerability, image"
    })
    void aTargetGroupWithAWeakKeyFactorGetsItsFocus(String group, String factor) {
        // GIVEN
        String rule = "target-group." + group + ".focus";
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.fromId(factor), 2.0));

        // WHEN
        Advice served = Rules.fireOnly(rule, scores, Organisations.serving(TargetGroup.fromId(group)));
        Advice notServed = Rules.fireOnly(rule, scores, Organisations.serving());

        // THEN
        assertThatAdvice(served).recommendsExactly(rule).hasPriority(rule, 80);
        assertThat(served.recommendations().get(0).factors()).containsExactly(Factor.fromId(factor));
        assertThatAdvice(notServed).recommendsNothing();
    }

    @Test
    void olderPeopleRaiseTheirWeakFactorsAndSayWhy() {
        // GIVEN
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.3));

        // WHEN
        Advice advice = org.inclusionscan.rules.drools.DroolsAdvisor.defaults().compiled().advise(scores,
                Organisations.serving(TargetGroup.OLDER_PEOPLE),
                rule -> rule.equals("target-group.older-people.focus") || rule.equals("factor.network-vitality.weak"));

        // THEN
        assertThatAdvice(advice).hasPriority("factor.network-vitality.weak", 65 + 15);
        assertThat(advice.recommendation("factor.network-vitality.weak").orElseThrow().explanation().matchedFacts())
                .contains("priority +15 (target-group.boost) by rule target-group.older-people.focus: organisation serves older-people");
    }
}
