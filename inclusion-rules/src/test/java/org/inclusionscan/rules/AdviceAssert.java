package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractAssert;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.advice.Recommendation;

/** Short assertions on an advice: {@code assertThatAdvice(advice).recommends(...).recommendsTools(...)}. */
public final class AdviceAssert extends AbstractAssert<AdviceAssert, Advice> {

    private AdviceAssert(Advice actual) {
        super(actual, AdviceAssert.class);
    }

    public static AdviceAssert assertThatAdvice(Advice advice) {
        return new AdviceAssert(advice);
    }

    public AdviceAssert recommends(String... ids) {
        isNotNull();
        assertThat(actual.recommendationIds()).as("recommendations").contains(ids);
        return this;
    }

    public AdviceAssert recommendsExactly(String... ids) {
        isNotNull();
        assertThat(actual.recommendationIds()).as("recommendations").containsExactly(ids);
        return this;
    }

    public AdviceAssert recommendsNothing() {
        isNotNull();
        assertThat(actual.recommendationIds()).as("recommendations").isEmpty();
        return this;
    }

    public AdviceAssert doesNotRecommend(String... ids) {
        isNotNull();
        assertThat(actual.recommendationIds()).as("recommendations").doesNotContain(ids);
        return this;
    }

    public AdviceAssert recommendsTools(String... ids) {
        isNotNull();
        assertThat(actual.toolIds()).as("tools").contains(ids);
        return this;
    }

    public AdviceAssert doesNotRecommendTools(String... ids) {
        isNotNull();
        assertThat(actual.toolIds()).as("tools").doesNotContain(ids);
        return this;
    }

    public AdviceAssert hasPriority(String id, int priority) {
        isNotNull();
        assertThat(recommendation(id).priority()).as("priority of " + id).isEqualTo(priority);
        return this;
    }

    /** Every explanation names the advice's own rule set and version. */
    public AdviceAssert isExplainedByItsRuleSet() {
        isNotNull();
        for (Recommendation recommendation : actual.recommendations()) {
            assertThat(recommendation.explanation().ruleSet()).as("rule set of " + recommendation.id())
                    .isEqualTo(actual.ruleSet().name());
            assertThat(recommendation.explanation().ruleSetVersion()).as("version of " + recommendation.id())
                    .isEqualTo(actual.ruleSet().version());
        }
        return this;
    }

    public Recommendation recommendation(String id) {
        return actual.recommendation(id).orElseThrow(() -> new AssertionError(
                "Expected recommendation (%s), got %s".formatted(id, actual.recommendationIds())));
    }
}
