package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.advice.Explanation;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A follow-up recommendation can be about several factors at once (drafts with one id are merged): its
 * texts name them instead of speaking of "this factor" (review 21f, D6-D8).
 */
class FollowupTextsTest {

    private static Recommendation followup(String id, Factor... factors) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Factor factor : factors) {
            figures.put(factor.id() + ".mean", 2.2);
        }
        return new Recommendation(id, 70, List.of(factors), List.of(), List.of(), figures, List.of(),
                new Explanation(id, "default", "test", List.of(), List.of()));
    }

    @Test
    void everyFollowupTextNamesAllItsFactorsAndNeverSaysThisFactor() {
        for (String id : List.of("followup.dropped-again", "followup.still-weak-after-done", "followup.improved-after-done")) {
            Recommendation two = followup(id, Factor.PARTICIPATION, Factor.IMAGE);
            for (Language language : Language.values()) {
                // WHEN
                String text = Fixtures.render(Fixtures.withAdvice(List.of(two)), language, ReportFormat.MARKDOWN);
                String recommendation = text.substring(text.indexOf("### 1. "), text.indexOf("\n## ", text.indexOf("### 1. ")));

                // THEN both factors are named in the why, and no text points at a single factor
                String participation = org.inclusionscan.i18n.Texts.defaults().get(language, "factor.participation").toLowerCase(java.util.Locale.ROOT);
                String image = org.inclusionscan.i18n.Texts.defaults().get(language, "factor.image").toLowerCase(java.util.Locale.ROOT);
                assertThat(recommendation.toLowerCase(java.util.Locale.ROOT)).as(id + " " + language)
                        .contains(participation, image)
                        .doesNotContain("deze factor", "ce facteur", "this factor", "de factor op", "the factor on");
            }
        }
    }
}
