package org.inclusionscan.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.rules.AdviceAssert.assertThatAdvice;
import static org.inclusionscan.rules.Organisations.BRUSSELS_SERVICE_CENTRE;
import static org.inclusionscan.rules.Organisations.FLEMISH_SERVICE_CENTRE;
import static org.inclusionscan.rules.Organisations.FLEMISH_YOUTH_CARE;

import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.rules.facts.AdviceCollector;
import org.junit.jupiter.api.Test;

/** factor-weak.drl, factor.keep-working: a scan never ends without advice; and the advice names each tool once. */
class KeepWorkingRulesTest {

    @Test
    void moderateScoresWithoutOtherAdviceGetTheTwoWeakestFactorsWithTheirTools() {
        // GIVEN nothing weak (information 2.85, network vitality 2.90), nothing lagging, not everything strong
        var scores = ScoreCards.builder().allFactors(3.5).factor(Factor.INFORMATION, 2.85)
                .factor(Factor.NETWORK_VITALITY, 2.9).factor(Factor.VALUED_ROLES, 3.0).build();

        // WHEN all bundled rules fire
        Advice advice = Advisor.defaults().advise(scores, BRUSSELS_SERVICE_CENTRE);

        // THEN one low-priority recommendation names the two weakest factors, weakest first, with their table tools in turns
        assertThatAdvice(advice).recommendsExactly("factor.keep-working");
        Recommendation keepWorking = advice.recommendations().get(0);
        assertThat(keepWorking.factors()).containsExactly(Factor.INFORMATION, Factor.NETWORK_VITALITY);
        assertThat(keepWorking.priority()).isEqualTo(25);
        assertThat(keepWorking.tools()).startsWith("buurtinformatie-delen", "inclusieweb").hasSizeLessThanOrEqualTo(AdviceCollector.MAX_TOOLS);
    }

    @Test
    void itStaysSilentWhenAnotherRuleAlreadyAdvises() {
        // GIVEN youth care with a moderate participation score: the youth-care context rule advises
        var scores = ScoreCards.builder().allFactors(3.5).factor(Factor.PARTICIPATION, 2.9).build();

        // WHEN
        Advice advice = Advisor.defaults().advise(scores, FLEMISH_YOUTH_CARE);

        // THEN
        assertThatAdvice(advice).recommends("context.youth-care.participation").doesNotRecommend("factor.keep-working");
    }

    @Test
    void itStaysSilentWhenAFactorIsWeakOrEverythingIsStrong() {
        // GIVEN
        var weak = ScoreCards.builder().allFactors(3.5).factor(Factor.HISTORY, 2.4).build();
        var strong = ScoreCards.builder().allFactors(4.3).build();

        // WHEN the rule fires alone
        Advice onWeak = Rules.fireOnly("factor.keep-working", weak, FLEMISH_SERVICE_CENTRE);
        Advice onStrong = Rules.fireOnly("factor.keep-working", strong, FLEMISH_SERVICE_CENTRE);

        // THEN
        assertThat(onWeak.recommendations()).isEmpty();
        assertThat(onStrong.recommendations()).isEmpty();
    }

    @Test
    void everyToolAppearsOnceInTheWholeAdviceAndAtMostFivePerRecommendation() {
        // GIVEN many weak factors whose rows share tools (schatten-in-de-buurt, sociaal-gewaardeerde-rollen, konekt-materialen)
        var scores = ScoreCards.builder().allFactors(3.5).factor(Factor.BRIDGE_FIGURES, 2.0).factor(Factor.INSPIRING_PRACTICES, 2.1)
                .factor(Factor.NETWORK_VITALITY, 1.8).factor(Factor.VALUED_ROLES, 2.0).factor(Factor.PUBLIC_BENEFITS, 2.2)
                .factor(Factor.INFRASTRUCTURE, 2.3).factor(Factor.ADMINISTRATION, 2.2).build();

        // WHEN
        Advice advice = Advisor.defaults().advise(scores, FLEMISH_SERVICE_CENTRE);

        // THEN
        List<String> all = new ArrayList<>();
        for (Recommendation recommendation : advice.recommendations()) {
            assertThat(recommendation.tools()).as(recommendation.id()).hasSizeLessThanOrEqualTo(AdviceCollector.MAX_TOOLS);
            all.addAll(recommendation.tools());
        }
        assertThat(all).doesNotHaveDuplicates();
        assertThat(advice.tools()).allSatisfy(tool -> assertThat(tool.recommendations()).hasSize(1));
        // the weakest factor, network vitality, keeps Inclusieweb and Sociaal gewaardeerde rollen at the top
        assertThat(advice.recommendations().get(0).id()).isEqualTo("factor.network-vitality.weak");
        assertThat(advice.recommendations().get(0).tools()).startsWith("inclusieweb", "sociaal-gewaardeerde-rollen");
    }
}
