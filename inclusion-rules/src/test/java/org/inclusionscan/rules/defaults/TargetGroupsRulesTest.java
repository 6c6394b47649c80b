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
        "young-people, network-vitality",
        "children, life-domains",
        "newcomers, bridge-figures",
        "poverty, legislation",
        "disability, infrastructure",
        "psychological-vulnerability, image",
        "lonely-people, network-vitality",
        "low-literacy, administration"
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
    void youngPeopleAreNoReasonOnTheirOwnForWeakParticipation() {
        // GIVEN participation weak: the young-people focus argues loneliness, so it is about network, image and roles
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.PARTICIPATION, 2.0));

        // WHEN / THEN
        assertThatAdvice(Rules.fireOnly("target-group.young-people.focus", scores, Organisations.serving(TargetGroup.YOUNG_PEOPLE)))
                .recommendsNothing();
    }

    @Test
    void theFocusJoinsTheWeakestOfItsFactorsAsAReason() {
        // GIVEN older people, information weaker than network vitality
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.NETWORK_VITALITY, 2.4, Factor.INFORMATION, 2.2));

        // WHEN
        Advice advice = org.inclusionscan.rules.drools.DroolsAdvisor.defaults().compiled().advise(scores,
                Organisations.serving(TargetGroup.OLDER_PEOPLE), rule -> rule.equals("target-group.older-people.focus")
                        || rule.equals("factor.network-vitality.weak") || rule.equals("factor.information.weak"));

        // THEN one recommendation per factor, the focus a reason of the weakest one; joined to the information advice it
        // brings no network tool (review 21g); Inclusieweb stays with network vitality: each tool once in the advice
        assertThatAdvice(advice).recommendsExactly("factor.network-vitality.weak", "factor.information.weak");
        assertThat(advice.recommendation("factor.information.weak").orElseThrow().reasons())
                .containsExactly("target-group.older-people.focus");
        assertThat(advice.recommendation("factor.information.weak").orElseThrow().tools())
                .startsWith("buurtinformatie-delen").doesNotContain("inclusieweb", "vvsg-buurtgerichte-zorg", "connecting-brussels", "hoplr");
        assertThat(advice.recommendation("factor.network-vitality.weak").orElseThrow().tools()).startsWith("inclusieweb");
        assertThat(advice.recommendation("factor.network-vitality.weak").orElseThrow().reasons()).isEmpty();
    }

    @Test
    void boostsDoNotAddUp() {
        // GIVEN information weak for an organisation serving older people and newcomers: both raise information
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 2.4));

        // WHEN
        Advice advice = org.inclusionscan.rules.drools.DroolsAdvisor.defaults().compiled().advise(scores,
                Organisations.serving(TargetGroup.OLDER_PEOPLE, TargetGroup.NEWCOMERS),
                rule -> rule.startsWith("target-group.") || rule.equals("factor.information.weak"));

        // THEN raised once, both rules named
        assertThatAdvice(advice).recommendsExactly("factor.information.weak").hasPriority("factor.information.weak", 60 + 15);
        assertThat(advice.recommendation("factor.information.weak").orElseThrow().reasons())
                .containsExactlyInAnyOrder("target-group.older-people.focus", "target-group.newcomers.focus");
        assertThat(advice.recommendation("factor.information.weak").orElseThrow().explanation().matchedFacts())
                .anyMatch(line -> line.endsWith("(boosts do not add up; raised once)"));
    }

    @Test
    void aBoostNeverPassesAClearlyWeakerFactor() {
        // GIVEN older people: information 2.39 (boosted 60 + 15) and participation 1.75 (65), 0.64 lower
        var scores = ScoreCards.fromFactorMeans(Map.of(Factor.INFORMATION, 2.39, Factor.PARTICIPATION, 1.75));

        // WHEN
        Advice advice = org.inclusionscan.rules.drools.DroolsAdvisor.defaults().compiled().advise(scores,
                Organisations.serving(TargetGroup.OLDER_PEOPLE), rule -> rule.equals("target-group.older-people.focus")
                        || rule.equals("factor.information.weak") || rule.equals("factor.participation.weak"));

        // THEN information stays below the clearly weaker participation, and says so
        assertThatAdvice(advice).recommendsExactly("factor.participation.weak", "factor.information.weak")
                .hasPriority("factor.information.weak", 64);
        assertThat(advice.recommendation("factor.information.weak").orElseThrow().explanation().matchedFacts())
                .anyMatch(line -> line.startsWith("priority held at 64: factor participation"));
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
